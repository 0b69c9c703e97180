// Where the CLI's contract suite runs: the servers test/contract/run.ts started (named by env vars),
// and the built CLI (dist/cli.js) run as a subprocess for every step, exactly as a user runs it.
// A run without the servers fails at once; a recording pass-through shows what the CLI sent.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const REQUIRED = [
  'COGNITIONOS_BASE_URL',
  'COGNITIONOS_DIRECT_BASE_URL',
  'COGNITIONOS_ADMIN_KEY',
  'COGNITIONOS_LIMITED_BASE_URL',
  'COGNITIONOS_SLOW_BASE_URL',
  'COGNITIONOS_NEWER_BASE_URL',
  'COGNITIONOS_FAULTY_BASE_URL',
  'COGNITIONOS_FAULTFREE_BASE_URL',
] as const;

type Variable = (typeof REQUIRED)[number];
export type Server = Exclude<Variable, 'COGNITIONOS_ADMIN_KEY'>;

const missing = REQUIRED.filter((name) => !process.env[name]);
if (missing.length) throw new Error(`contract suite needs ${missing.join(', ')}: run it through test/contract/run.ts (npm test), not on its own`);

export const env = Object.fromEntries(REQUIRED.map((name) => [name, process.env[name]!])) as Record<Variable, string>;
export const adminKey = env.COGNITIONOS_ADMIN_KEY;

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the CLI first (npm run build -w @cognitionos/cli)`);

/** A config folder of its own, so no profile of the machine's user is read or written. */
const configHome = mkdtempSync(join(tmpdir(), 'cli-contract-'));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (the default format when piped). */
  json: any;
}

export interface RunOptions {
  key?: string | null;
  server?: Server;
  /** A base URL not among the servers (a recording pass-through, a closed port). */
  baseUrl?: string;
  input?: string;
  env?: Record<string, string>;
}

/** `cognition-cli <args>` with stdin, stdout and stderr as pipes (not a terminal). */
export function cli(args: string[], options: RunOptions = {}): Promise<Run> {
  const key = options.key === undefined ? adminKey : options.key;
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: configHome, XDG_CONFIG_HOME: configHome, NO_COLOR: '1' };
  childEnv.COGNITIONOS_BASE_URL = options.baseUrl ?? env[options.server ?? 'COGNITIONOS_BASE_URL'];
  if (key) childEnv.COGNITIONOS_API_KEY = key;
  Object.assign(childEnv, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolve({ code: code ?? -1, stdout, stderr, json });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI and expects exit code 0; answers stdout as JSON. */
export async function ok(args: string[], options: RunOptions = {}): Promise<any> {
  const run = await cli(args, options);
  expect(run.code, `cognition-cli ${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.json;
}

/** `--format jsonl` output as objects. */
export function lines(run: Run): any[] {
  return run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export interface TenantSession {
  tenant: { id: string; name: string };
  apiKey: string;
}

/** A fresh tenant and its key, made with the CLI itself. */
export async function newTenant(server: Server = 'COGNITIONOS_BASE_URL'): Promise<TenantSession> {
  const tenant = await ok(['tenants', 'create', '--name', unique('cli')], { server });
  const key = await ok(['tenants', 'api-keys', 'create', tenant.id, '--name', 'contract'], { server });
  return { tenant, apiKey: key.secret };
}

export interface Exchange {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The request body as sent ('' when none). */
  body: string;
  sentAt: number;
  status?: number;
  responseHeaders?: IncomingHttpHeaders;
}

/** A pass-through to `target` recording each request the CLI sent (headers, body) and each answer's status and headers. */
export async function recorder(target: string): Promise<{ baseUrl: string; exchanges: Exchange[]; close(): Promise<void> }> {
  const upstream = new URL(target);
  const exchanges: Exchange[] = [];
  const server = createServer((req, res) => {
    const exchange: Exchange = { method: req.method!, path: req.url!, headers: req.headers, body: '', sentAt: Date.now() };
    exchanges.push(exchange);
    req.on('data', (chunk: Buffer) => (exchange.body += chunk.toString('utf8')));
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      exchange.status = answer.statusCode;
      exchange.responseHeaders = answer.headers;
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}${upstream.pathname}`,
    exchanges,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs `work` over `items`, at most `width` at a time. */
export async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}
