// Starts a reference server as a child process on a free loopback port, for tests and benches.
// A child process (not an in-process app) so the code under test is exactly what `npm start` runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  /** The server's process id (its CPU time can be read from /proc). */
  pid: number;
  baseUrl: string;
  origin: string;
  adminKey: string;
  stop(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, as in a crash or power loss. */
  kill(): Promise<void>;
  /** Everything the server printed so far (stdout and stderr); kept only with `captureOutput`. */
  output(): string;
  /** POST a JSON body with the admin key, for seeding; throws on anything but 2xx. */
  adminPost<T = any>(path: string, body: unknown): Promise<T>;
}

export interface ServerOptions {
  /** Extra environment, e.g. COGNITIONOS_FAULTS, COGNITIONOS_COMPAT, COGNITIONOS_RATE_LIMIT, COGNITIONOS_DB. */
  env?: Record<string, string>;
  /** Script to run instead of the reference server; it must print the same `CognitionOS API <url>` line (on stdout or stderr). */
  entry?: string;
  /** Keep reading what the server prints (its access log), for `output()`. */
  captureOutput?: boolean;
  /**
   * Write what the server prints to this file instead of a pipe, as an operator's log file would
   * take it: a bench's load generator then does not also read every access-log line.
   */
  stdoutFile?: string;
  /** Stop reading the server's stdout once it listens, as a stuck log collector would: the pipe fills. */
  stallStdout?: boolean;
}

const children = new Set<ChildProcess>();
const killAll = () => children.forEach((child) => child.kill('SIGKILL'));
process.once('exit', killAll);

export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const adminKey = options.env?.COGNITIONOS_ADMIN_KEY ?? `cog_admin_${randomBytes(16).toString('hex')}`;
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry ?? 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', COGNITIONOS_DB: ':memory:', ...options.env, COGNITIONOS_ADMIN_KEY: adminKey },
    stdio: ['ignore', options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  // What the server printed: its stdout file (when it has one) and what came through the pipes.
  const printed = () => (options.stdoutFile ? readFileSync(options.stdoutFile, 'utf8') : '') + output;
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => (output += chunk.toString());
    const poll = options.stdoutFile ? setInterval(() => onData(), 50) : undefined;
    const onData = () => {
      const match = /CognitionOS API\s+(http:\/\/\S+)/.exec(printed());
      if (!match) return;
      clearInterval(poll);
      child.stdout?.off('data', onData);
      child.stderr!.off('data', onData);
      if (!options.captureOutput) child.stdout?.off('data', collect);
      if (options.stallStdout) child.stdout?.pause();
      const baseUrl = match[1];
      resolve({
        pid: child.pid!,
        baseUrl,
        origin: new URL(baseUrl).origin,
        adminKey,
        stop: () => stopChild(child),
        kill: () => stopChild(child, 'SIGKILL'),
        adminPost: (path, body) => adminPost(baseUrl, adminKey, path, body),
        output: printed,
      });
    };
    child.stdout?.on('data', collect);
    // The banner is on stderr (stdout is the server's JSON log); a stand-in `entry` may print it on stdout.
    child.stdout?.on('data', onData);
    child.stderr!.on('data', collect);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`server exited with ${code} before listening:\n${printed()}`));
    });
  });
}

async function adminPost(baseUrl: string, adminKey: string, path: string, body: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
