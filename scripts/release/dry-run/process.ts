// Child processes for the dry run: one-shot commands whose output is kept for the failure message,
// and loopback daemons (registries) that are stopped by the same run that started them.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

export interface RunOptions { cwd?: string; env?: Record<string, string | undefined> }

/** Runs a command to completion; on failure the error carries its output, last lines first to read. */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const tail = `${stdout}${stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed:\n${tail}`);
  }
}

/** A free TCP port on 127.0.0.1, found by binding port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Daemon { url: string; stop(): Promise<void> }

/** Starts a server process and waits until `url` answers; stopping it waits for its exit. */
export async function startDaemon(command: string, args: string[], url: string, options: RunOptions = {}): Promise<Daemon> {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const stop = () => stopChild(child);
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}:\n${output.trim().split('\n').slice(-15).join('\n')}`);
    if (await answers(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`${command} did not answer on ${url} within 30 s:\n${output}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
