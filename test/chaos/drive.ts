// One driver process of one column (protocol in columns.ts): started, told when to stop, its JSON
// lines collected. A driver that outlives its deadline is killed and reported as hung.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface CallLine {
  op: 'create' | 'retrieve' | 'record';
  key: string;
  ok: boolean;
  id?: string;
  mismatch?: boolean;
  error?: string;
  status?: number | null;
  timeout?: boolean;
  ms: number;
}

export interface DriverRun {
  /** Resolves once the driver printed `{"ready":true}`; rejects if it ended first. */
  ready: Promise<void>;
  /** Sends the end time; resolves with its calls when it exits (or is killed at `deadline`, then hung). */
  go(endAt: number, deadline: number): Promise<{ calls: CallLine[]; exitCode: number | null; hung: boolean }>;
  kill(): void;
}

export function startDriver(command: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): DriverRun {
  const [file, ...args] = command;
  const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(options.logFile);
  child.stderr!.pipe(log, { end: false });
  const calls: CallLine[] = [];
  let markReady: () => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    child.once('exit', (code) => reject(new Error(`driver exited with ${code} before it was ready; see ${options.logFile}`)));
    child.once('error', reject);
  });
  // Awaited later, with the other drivers: until then, a driver that fails to start is not an unhandled rejection.
  ready.catch(() => undefined);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    log.write(`${line}\n`);
    const parsed = safeJson(line);
    if (parsed?.ready) return markReady();
    if (parsed?.op) calls.push(parsed as unknown as CallLine);
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code, signal) => resolve(signal ? null : code)));
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return {
    ready,
    kill,
    async go(endAt, deadline) {
      child.stdin!.end(`${endAt}\n`);
      let hung = false;
      const timer = setTimeout(() => {
        hung = true;
        kill();
      }, Math.max(0, deadline - Date.now()));
      const exitCode = await exited;
      clearTimeout(timer);
      log.end();
      return { calls, exitCode, hung };
    },
  };
}

function safeJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
