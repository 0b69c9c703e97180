// The independent validating proxy in front of the main server: Prism's `proxy --errors`
// (@stoplight/prism-cli) checks every request against spec/openapi.json before forwarding it and
// every answer after; a pass-through in front of Prism records each violation it reports
// (its `sl-violations` header, or its own problem body when --errors made it refuse), so the
// orchestrator can print them and fail the run. No server code (zod) is involved.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPassThrough, type Exchange } from './pass-through.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const prismCli = join(root, 'node_modules/@stoplight/prism-cli/dist/index.js');
const prismErrorType = 'https://stoplight.io/prism/errors#';
const startupTimeoutMs = 60_000;

export interface ValidatingProxy {
  /** What SDKs use as COGNITIONOS_BASE_URL: same path as the server's base URL. */
  baseUrl: string;
  violations: string[];
  /** How many requests went through so far. */
  requests(): number;
  stop(): Promise<void>;
}

interface PrismViolation {
  location?: string[];
  severity?: string;
  message?: string;
}

export async function startValidatingProxy(serverBaseUrl: string, logFile: string): Promise<ValidatingProxy> {
  const server = new URL(serverBaseUrl);
  const specDir = mkdtempSync(join(tmpdir(), 'contract-spec-'));
  const specFile = join(specDir, 'openapi.json');
  writeFileSync(specFile, JSON.stringify(mountedSpec(server.pathname)));
  const port = await freePort();
  const prism = spawn(process.execPath, [prismCli, 'proxy', specFile, server.origin, '--errors', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const killPrism = () => prism.kill('SIGKILL');
  process.once('exit', killPrism);
  const log = createWriteStream(logFile);
  prism.stdout!.pipe(log);
  prism.stderr!.pipe(log);
  await listening(prism, `http://127.0.0.1:${port}`).catch((error) => {
    killPrism();
    rmSync(specDir, { recursive: true, force: true });
    throw error;
  });
  const violations: string[] = [];
  let requests = 0;
  const front = await startPassThrough(`http://127.0.0.1:${port}`, (exchange) => {
    requests += 1;
    violations.push(...violationsIn(exchange));
  });
  return {
    baseUrl: `${front.origin}${server.pathname}`,
    violations,
    requests: () => requests,
    stop: async () => {
      await front.stop();
      await stopChild(prism);
      process.off('exit', killPrism);
      rmSync(specDir, { recursive: true, force: true });
    },
  };
}

// Prism matches request paths against `paths` without the servers' base path (it routes the bare
// path and forwards it to the upstream origin), so the copy it loads has every path under the
// server's mount point (/api/v3): SDKs keep a base URL that ends in /api/v3, as in production.
function mountedSpec(mountPath: string): object {
  const spec = JSON.parse(readFileSync(join(root, 'spec/openapi.json'), 'utf8'));
  const mount = mountPath.replace(/\/$/, '');
  spec.paths = Object.fromEntries(Object.entries(spec.paths).map(([path, item]) => [`${mount}${path}`, item]));
  return spec;
}

function violationsIn({ method, path, status, responseHeaders, responseBody }: Exchange): string[] {
  const where = `${method} ${path} -> ${status ?? 'no answer'}`;
  const refused = prismProblem(responseBody);
  if (refused) return [`${where}: ${refused.title}: ${describe(refused.validation ?? [])}`];
  const header = responseHeaders?.['sl-violations'];
  if (typeof header !== 'string') return [];
  return [`${where}: ${describe(parseViolations(header))}`];
}

function prismProblem(body: Buffer | undefined): { title?: string; validation?: PrismViolation[] } | undefined {
  try {
    const problem = JSON.parse(body?.toString() ?? '');
    return typeof problem?.type === 'string' && problem.type.startsWith(prismErrorType) ? problem : undefined;
  } catch {
    return undefined;
  }
}

// Prism truncates a long header with a "Too many violations!" prefix: keep the text as it is.
function parseViolations(header: string): PrismViolation[] {
  try {
    return JSON.parse(header);
  } catch {
    return [{ message: header }];
  }
}

function describe(violations: PrismViolation[]): string {
  return violations.map((v) => `${v.severity ?? 'Error'} ${(v.location ?? []).join('.')} ${v.message ?? ''}`.trim()).join('; ');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function listening(prism: ChildProcess, origin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const done = (error?: Error) => {
      clearTimeout(timer);
      prism.stdout!.off('data', onData);
      prism.stderr!.off('data', onData);
      prism.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Prism is listening on ${origin}`)) done();
    };
    const onExit = (code: number | null) => done(new Error(`Prism exited with ${code} before listening:\n${output.slice(-4000)}`));
    const timer = setTimeout(() => done(new Error(`Prism did not listen within ${startupTimeoutMs} ms:\n${output.slice(-4000)}`)), startupTimeoutMs);
    prism.stdout!.on('data', onData);
    prism.stderr!.on('data', onData);
    prism.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
