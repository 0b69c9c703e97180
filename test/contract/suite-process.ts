// Runs one language's contract suite as a child process group: its output goes to the console
// (prefixed with the language) and to a log file for the CI artifact; a deadline or Ctrl-C
// ends the whole group (vitest workers, pytest), not just its first process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface SuiteRun {
  /** Exit code, or null when the deadline ended it. */
  exitCode: Promise<number | null>;
  kill(): void;
}

export function runSuite(command: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; prefix: string; deadlineMs: number }): SuiteRun {
  const [file, ...args] = command;
  const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(options.logFile);
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.pipe(log, { end: false });
    createInterface({ input: stream }).on('line', (line) => console.log(`${options.prefix} ${line}`));
  }
  const kill = () => killGroup(child);
  const deadline = setTimeout(kill, options.deadlineMs);
  const exitCode = new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      log.end(`${error.message}\n`);
      resolve(127);
    });
    child.once('close', (code, signal) => {
      clearTimeout(deadline);
      log.end();
      resolve(signal ? null : code);
    });
  });
  return { exitCode, kill };
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}
