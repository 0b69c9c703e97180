// X-Should-Retry (issue 23 defect 6): every error answer says whether the same request may succeed
// later, so an SDK retries a 409 of an Idempotency-Key in flight, a 429 or a 503, and never a
// permanent error such as cancelling a finished execution.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.ts';
import { fingerprintOf } from '../src/store/idempotency.ts';
import { client, expectProblem, newTenant, useServer, waitForExecution, type Client, type Reply } from './support.ts';

const RATE_LIMIT = 100;
const steps = [{ type: 'delay', duration_ms: 0 }];
const dbFile = join(mkdtempSync(join(tmpdir(), 'cognitionos-should-retry-')), 'api.db');
const ctx = useServer({
  env: {
    COGNITIONOS_DB: dbFile,
    COGNITIONOS_RATE_LIMIT: `${RATE_LIMIT}/60`,
    // A partial outage: only the usage summary fails, every other call is served.
    COGNITIONOS_FAULTS: 'rate=1,kinds=503,path=/usage/summary',
  },
});

let api: Client;
let tenantId: string;
beforeAll(async () => {
  const tenant = await newTenant(ctx.admin, ctx.server.baseUrl);
  api = tenant.api;
  tenantId = tenant.tenant.id;
});

const expectShouldRetry = (reply: Reply, status: number, shouldRetry: boolean) => {
  expectProblem(reply, status);
  expect(reply.headers.get('x-should-retry')).toBe(String(shouldRetry));
};

describe('permanent errors answer X-Should-Retry: false', () => {
  it.each([
    ['400 an invalid body', () => api.post('/workflows', { name: '' }), 400],
    ['401 an unknown key', () => client(ctx.server.baseUrl, 'cog_unknown_key_0000').get('/workflows'), 401],
    ['403 an admin key on a tenant call', () => ctx.admin.get('/workflows'), 403],
    ['404 an unknown object', () => api.get('/workflows/wf_nope'), 404],
    ['404 an unknown route', () => api.get('/nowhere'), 404],
    ['405 a method the path does not have', () => api.call('PUT', '/workflows', {}), 405],
    ['413 a body over the limit', () => api.post('/workflows', { name: 'x'.repeat(300_000), steps }), 413],
    ['415 a body that is not JSON', () => api.call('POST', '/workflows', 'name=x', { 'content-type': 'text/plain' }), 415],
  ])('%s', async (_case, send, status) => {
    expectShouldRetry(await send(), status, false);
  });

  it('409 cancelling a finished execution (a state conflict)', async () => {
    const workflow = (await api.post('/workflows', { name: 'quick', steps })).body;
    const execution = (await api.post(`/workflows/${workflow.id}/executions`, {})).body;
    await waitForExecution(api, workflow.id, execution.id);
    expectShouldRetry(await api.post(`/workflows/${workflow.id}/executions/${execution.id}/cancel`), 409, false);
  });

  it('422 an Idempotency-Key reused with a different request', async () => {
    const headers = { 'idempotency-key': 'reused' };
    expect((await api.post('/workflows', { name: 'first', steps }, headers)).status).toBe(201);
    expectShouldRetry(await api.post('/workflows', { name: 'second', steps }, headers), 422, false);
  });

  it('a replayed error answer says the same as the first', async () => {
    const headers = { 'idempotency-key': 'replayed-400' };
    expectShouldRetry(await api.post('/workflows', { name: '' }, headers), 400, false);
    // The replay is the first answer as it was stored, its request id included.
    const replay = await api.post('/workflows', { name: '' }, headers);
    expect([replay.status, replay.headers.get('idempotent-replayed'), replay.headers.get('x-should-retry')]).toEqual([400, 'true', 'false']);
  });
});

describe('transient errors answer X-Should-Retry: true', () => {
  it('409 a request whose Idempotency-Key is still in flight', async () => {
    const body = { name: 'in flight', steps };
    // The server answers each request in one transaction, so no second request can meet the first
    // mid-way: the claim of a request still running is written by a second connection to its store.
    const other = openStore(dbFile, { idempotencyRetentionMs: 86_400_000 });
    try {
      other.write(() => other.idempotency.claim(tenantId, 'in-flight', fingerprintOf('post', '/api/v3/workflows', body)));
    } finally {
      other.db.close();
    }
    expectShouldRetry(await api.post('/workflows', body, { 'idempotency-key': 'in-flight' }), 409, true);
  });

  it('429 past the rate limit', async () => {
    const limited = (await newTenant(ctx.admin, ctx.server.baseUrl, 'Limited')).api;
    for (let i = 0; i < RATE_LIMIT; i++) expect((await limited.get('/workflows')).status).toBe(200);
    expectShouldRetry(await limited.get('/workflows'), 429, true);
  });

  it('503 an unavailable service', async () => {
    expectShouldRetry(await api.get('/usage/summary'), 503, true);
  });
});

it('a success answer has no X-Should-Retry', async () => {
  expect((await api.get('/workflows')).headers.get('x-should-retry')).toBeNull();
});
