// Runs the built CLI inside a real pseudo-terminal (util-linux `script`), for what only a terminal
// shows: the table, the --wait progress line, the confirmation and key prompts. Answers are typed
// only once their prompt has appeared, as a person would (typed earlier, the terminal would echo them).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The file npm links as the bin; it runs the bundle, dist/cli.js. */
export const CLI = fileURLToPath(new URL('../bin/cognition-cli.js', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(bundle)) throw new Error(`${bundle} is missing: npm ci builds it (or npm run build -w @cognitionos/cli)`);

export interface PtyRun {
  code: number;
  /** Everything the terminal showed (stdout and stderr together, as on a screen). */
  screen: string;
}

export interface Answer {
  when: RegExp;
  type: string;
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export function runInPty(args: string[], env: Record<string, string>, answers: Answer[] = []): Promise<PtyRun> {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm', COLUMNS: '200', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const pending = [...answers];
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      screen += chunk;
      while (pending.length && pending[0]!.when.test(screen)) child.stdin.write(pending.shift()!.type);
    });
    child.stderr.on('data', (chunk) => (screen += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, screen }));
  });
}

/** The screen without colour codes and carriage returns. */
export const plain = (screen: string) => screen.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');
