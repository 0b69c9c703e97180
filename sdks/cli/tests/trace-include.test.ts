// Generated from generators/cli/tests/trace-include.test.ts by generators/cli. Do not edit: change generators/cli/tests/trace-include.test.ts or the generator.
// The environment's trace context and log level, and --include, against a local stub API (the
// reference server's traceresponse is proven by the contract suite): what the built CLI sends and
// what it prints where.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './pty.js';

const KEY = 'cog_secret_never_printed_0000';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const home = mkdtempSync(join(tmpdir(), 'cli-trace-'));
const seen: IncomingHttpHeaders[] = [];
let stub: Server;
let baseUrl: string;

// Answers a tenant (or 204 to a DELETE), continuing the caller's trace as the reference server does.
beforeAll(async () => {
  stub = createServer((req, res) => {
    seen.push(req.headers);
    const trace = /^00-([0-9a-f]{32})-/.exec(String(req.headers.traceparent ?? ''))?.[1];
    const headers = { 'x-request-id': 'req_stub', ...(trace ? { traceresponse: `00-${trace}-1111111111111111-01` } : {}) };
    if (req.method === 'DELETE') return void res.writeHead(204, headers).end();
    res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{"id":"ten_1","name":"Acme"}');
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/api/v3`;
});
afterAll(() => new Promise<void>((resolve) => stub.close(() => resolve())));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home, COGNITIONOS_API_KEY: KEY, COGNITIONOS_BASE_URL: baseUrl, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end();
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('trace context from the environment', () => {
  it('sends TRACEPARENT and TRACESTATE as traceparent and tracestate', async () => {
    seen.length = 0;
    expect((await run(['tenants', 'retrieve', 'ten_1'], { TRACEPARENT, TRACESTATE: 'vendor=1' })).code).toBe(0);
    expect(seen.map((h) => [h.traceparent, h.tracestate])).toEqual([[TRACEPARENT, 'vendor=1']]);
  });

  it('ignores a malformed TRACEPARENT (and its TRACESTATE) with a warning on stderr, and still runs', async () => {
    seen.length = 0;
    const result = await run(['tenants', 'retrieve', 'ten_1'], { TRACEPARENT: '00-nothex-00f067aa0ba902b7-01', TRACESTATE: 'vendor=1' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('warning: TRACEPARENT ignored: expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>, got "00-nothex-00f067aa0ba902b7-01"\n');
    expect(JSON.parse(result.stdout)).toEqual({ id: 'ten_1', name: 'Acme' });
    expect(seen.map((h) => [h.traceparent, h.tracestate])).toEqual([[undefined, undefined]]);
  });
});

describe('--include', () => {
  it("prints the status line and headers (the server's traceresponse among them), a blank line, then the body", async () => {
    const result = await run(['tenants', 'retrieve', 'ten_1', '--include'], { TRACEPARENT });
    expect(result.code).toBe(0);
    const [head, body] = result.stdout.split('\n\n');
    expect(head!.split('\n')[0]).toBe('HTTP/1.1 200 OK');
    expect(head).toMatch(/^x-request-id: req_stub$/m);
    expect(head).toMatch(new RegExp(`^traceresponse: 00-${TRACE_ID}-1111111111111111-01$`, 'm'));
    expect(JSON.parse(body!)).toEqual({ id: 'ten_1', name: 'Acme' });
    expect(result.stdout).not.toContain(KEY);
  });

  it('prints the head of a body-less answer, and works for `api`', async () => {
    const deleted = await run(['tenants', 'delete', 'ten_1', '--yes', '-i']);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(/^HTTP\/1\.1 204 No Content\n(.+\n)*\n$/);
    const raw = await run(['api', 'GET', '/tenants/ten_1', '--include', '--format', 'jsonl']);
    expect(raw.stdout).toMatch(/^HTTP\/1\.1 200 OK\n(.+\n)*\n\{"id":"ten_1","name":"Acme"\}\n$/);
  });

  it('is refused with --all or --wait, which make several requests (exit 2)', async () => {
    const all = await run(['tenants', 'list', '--all', '--include']);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('--include prints the head of one answer; --all makes several requests');
    expect((await run(['workflows', 'executions', 'create', 'wf_1', '--wait', '--include'])).code).toBe(2);
  });
});

describe('COGNITIONOS_LOG', () => {
  it("puts the SDK's log records on stderr: stdout stays the data alone", async () => {
    const result = await run(['tenants', 'retrieve', 'ten_1'], { COGNITIONOS_LOG: 'debug' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ id: 'ten_1', name: 'Acme' });
    expect(result.stderr).toMatch(/cognitionos request .*GET.*\/tenants\/ten_1.*200/s);
    expect(result.stderr).not.toContain(KEY);
  });
});
