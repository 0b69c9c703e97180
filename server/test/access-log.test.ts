// Access logs: one JSON line per request, with request id, method, route template, status, duration
// and tenant; never a key or a body.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../test/support/server.ts';
import { client, newTenant, useServer, waitUntil } from './support.ts';

const ctx = useServer({ captureOutput: true });

/** The access-log lines printed so far, parsed. */
const entries = () =>
  ctx.server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .filter((line) => line.msg === 'request');
const entryFor = (requestId: string | null) => waitUntil(async () => entries().filter((entry) => entry.request_id === requestId), (found) => found.length > 0);

describe('access log', () => {
  it('writes exactly one JSON line per request, with the fields an operator needs', async () => {
    const { tenant, key, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const reply = await api.post('/memories', { scope: 'private', content: 'top secret body text' });
    const lines = await entryFor(reply.headers.get('x-request-id'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      level: 30, time: expect.any(String), msg: 'request',
      request_id: reply.headers.get('x-request-id'), method: 'POST', route: '/memories', status: 201, duration_ms: expect.any(Number), tenant_id: tenant.id,
      trace_id: expect.stringMatching(/^[0-9a-f]{32}$/), span_id: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(ctx.server.output()).not.toContain(key.secret);
    expect(ctx.server.output()).not.toContain('top secret body text');
  });

  it.each([
    ['an admin call names the path template and the tenant it acts in', (t: string) => ctx.admin.get(`/tenants/${t}`), 'GET', '/tenants/{tenant_id}', 200, true],
    ['an admin call refused before it acts in a tenant has none', (t: string) => ctx.admin.patch(`/tenants/${t}`, { name: '' }), 'PATCH', '/tenants/{tenant_id}', 400, false],
    ['a public call has no tenant', () => client(ctx.server.baseUrl).get('/health'), 'GET', '/health', 200, false],
    ['an unknown route has no template', () => ctx.admin.get('/nowhere'), 'GET', null, 404, false],
  ])('%s', async (_case, send, method, route, status, inTenant) => {
    const { tenant } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const reply = await send(tenant.id);
    const [line] = await entryFor(reply.headers.get('x-request-id'));
    expect(line).toMatchObject({ method, route, status, tenant_id: inTenant ? tenant.id : null });
  });

  it('a wrong key is logged without the key', async () => {
    const reply = await client(ctx.server.baseUrl, 'cog_wrong_key_that_must_not_be_logged').get('/workflows');
    const [line] = await entryFor(reply.headers.get('x-request-id'));
    expect(line).toMatchObject({ status: 401, route: '/workflows', tenant_id: null });
    expect(ctx.server.output()).not.toContain('cog_wrong_key_that_must_not_be_logged');
  });

  it('lines still waiting for the end of their turn are written when the process exits', async () => {
    // A file, as an operator's log would be: what the process wrote before it ended is all there is.
    const logFile = join(mkdtempSync(join(tmpdir(), 'cognitionos-log-')), 'stdout.log');
    const server = await startServer({ stdoutFile: logFile });
    const reply = await client(server.baseUrl).get('/health');
    await server.stop();
    const lines = readFileSync(logFile, 'utf8').split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.request_id === reply.headers.get('x-request-id'))).toHaveLength(1);
    // Logged in the same turn as process.exit, so only the flush at exit can have written it.
    expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
  });

  it('a stalled log reader does not stop the server: every request is still answered', async () => {
    const server = await startServer({ stallStdout: true });
    try {
      // About 400 KB of log lines: several times what the pipe and the reader's buffer hold.
      const health = client(server.baseUrl);
      for (let batch = 0; batch < 40; batch++) {
        const replies = await Promise.all(Array.from({ length: 50 }, () => health.get('/health')));
        expect(replies.map((reply) => reply.status)).toEqual(Array(50).fill(200));
      }
    } finally {
      await server.kill();
    }
    // A server start and 2,000 requests: on a busy 2-core machine, more than vitest's default 5 s.
  }, 30_000);
});
