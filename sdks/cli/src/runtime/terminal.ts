// Generated from generators/cli/runtime/terminal.ts by generators/cli. Do not edit: change generators/cli/runtime/terminal.ts or the generator.
// What only a terminal sees: a prompt that does not echo the key, a yes/no question before a
// destructive call, and a progress line that redraws itself on stderr.
import { createInterface } from 'node:readline';

/** Reads one line from a terminal with echo off (raw mode), or from piped stdin as is. */
export async function promptHidden(question: string, stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Promise<string> {
  if (!stdin.isTTY) {
    stderr.write(question);
    return (await readLine(stdin)) ?? '';
  }
  // Echo off before the prompt shows: a key typed (or pasted) the moment it appears is never echoed.
  stdin.setRawMode(true);
  stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('canceled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** `question [y/N] `: true only for y or yes. */
export async function confirm(question: string, stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Promise<boolean> {
  const rl = createInterface({ input: stdin, output: stderr, terminal: true });
  try {
    const answer = await new Promise<string>((resolve) => {
      rl.question(`${question} [y/N] `, resolve);
      rl.once('close', () => resolve(''));
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

async function readLine(stdin: NodeJS.ReadableStream): Promise<string | undefined> {
  const rl = createInterface({ input: stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return undefined;
}

/** A one-line status on stderr, redrawn in place; nothing at all when stderr is not a terminal. */
export class ProgressLine {
  #shown = false;
  constructor(private readonly stderr: NodeJS.WriteStream) {}

  get active(): boolean {
    return Boolean(this.stderr.isTTY);
  }

  update(text: string): void {
    if (!this.active) return;
    this.stderr.write(`\r\u001b[2K${text}`);
    this.#shown = true;
  }

  done(): void {
    if (this.#shown) this.stderr.write('\r\u001b[2K');
    this.#shown = false;
  }
}
