// Fault injection and "newer server" mode, the two server modes the SDK contract suites lean on:
// a 503 answers before any work; a reset does the work and loses the answer (proved through a
// second, fault-free server on the same DB file); newer mode adds what a later spec might.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { client, expectProblem, newTenant, type Client } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'cognitionos-faults-'));
const adminKey = `cog_admin_${randomUUID().replaceAll('-', '')}`;
const shared = { COGNITIONOS_DB: join(dir, 'api.db'), COGNITIONOS_ADMIN_KEY: adminKey };
const servers: Record<'unavailable' | 'reset' | 'faultFree' | 'delayed' | 'newer', RunningServer> = {} as never;

beforeAll(async () => {
  // The fault-free server opens the file first, so its schema exists before the faulty one shares it.
  servers.faultFree = await startServer({ env: shared });
  [servers.unavailable, servers.reset, servers.delayed, servers.newer] = await Promise.all([
    startServer({ env: { ...shared, COGNITIONOS_FAULTS: 'rate=1,kinds=503' } }),
    startServer({ env: { ...shared, COGNITIONOS_FAULTS: 'rate=1,kinds=reset' } }),
    startServer({ env: { COGNITIONOS_FAULTS: 'rate=1,kinds=delay,delay_ms=50', COGNITIONOS_ADMIN_KEY: adminKey } }),
    startServer({ env: { COGNITIONOS_COMPAT: 'newer', COGNITIONOS_ADMIN_KEY: adminKey } }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server?.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const adminOf = (server: RunningServer) => client(server.baseUrl, adminKey);

describe('COGNITIONOS_FAULTS=rate=1,kinds=503', () => {
  it.each([
    ['GET /health', (api: Client) => api.get('/health')],
    ['GET /tenants', (api: Client) => api.get('/tenants')],
    ['POST /tenants', (api: Client) => api.post('/tenants', { name: 'Never' })],
  ])('%s answers a 503 problem with a request id', async (_name, call) => {
    expectProblem(await call(adminOf(servers.unavailable)), 503);
  });

  it('does no work: a fault-free server on the same file has nothing behind the 503s', async () => {
    const name = `Ghost ${randomUUID()}`;
    expectProblem(await adminOf(servers.unavailable).post('/tenants', { name }), 503);
    const listed = (await adminOf(servers.faultFree).get('/tenants?limit=100')).body.data;
    expect(listed.filter((tenant: { name: string }) => tenant.name === name)).toEqual([]);
  });
});

// A partial outage: only the calls under the given paths fail, every other route answers as usual.
describe('COGNITIONOS_FAULTS=rate=1,kinds=503,path=/usage|/memories/search', () => {
  let scoped: RunningServer;
  let api: Client;
  // Started here, after the file's other servers, so their start (five at once) is not slowed further.
  beforeAll(async () => {
    scoped = await startServer({ env: { COGNITIONOS_FAULTS: 'rate=1,kinds=503,path=/usage|/memories/search', COGNITIONOS_ADMIN_KEY: adminKey } });
    api = (await newTenant(adminOf(scoped), scoped.baseUrl, 'Scoped')).api;
  }, 30_000);
  afterAll(() => scoped?.stop());

  it.each([
    ['POST /usage', () => api.post('/usage', { metric: 'tokens', quantity: 1 })],
    ['GET /usage/summary (below /usage)', () => api.get(`/usage/summary?start=2026-01-01T00:00:00Z&end=2026-01-02T00:00:00Z`)],
    ['POST /memories/search', () => api.post('/memories/search', { query: 'x' })],
  ])('%s answers the injected 503', async (_name, call) => {
    const reply = await call();
    expectProblem(reply, 503);
    expect(reply.body.detail).toMatch(/^Injected fault/);
  });

  it.each([
    ['POST /memories (a sibling of /memories/search)', () => api.post('/memories', { scope: 'private', content: 'still served' }), 201],
    ['GET /memories', () => api.get('/memories'), 200],
    ['GET /health', () => client(scoped.baseUrl).get('/health'), 200],
  ])('%s is unaffected', async (_name, call, status) => {
    expect((await call()).status).toBe(status);
  });
});

describe('COGNITIONOS_FAULTS=rate=1,kinds=reset', () => {
  it('drops the connection without an answer', async () => {
    await expect(adminOf(servers.reset).get('/health')).rejects.toThrow();
  });

  it('the write behind a lost answer happened: a fault-free server on the same file has it', async () => {
    const name = `Reset ${randomUUID()}`;
    await expect(adminOf(servers.reset).post('/tenants', { name })).rejects.toThrow();
    const listed = (await adminOf(servers.faultFree).get('/tenants?limit=100')).body.data;
    expect(listed.filter((tenant: { name: string }) => tenant.name === name)).toHaveLength(1);
  });

  it('a retry with the same Idempotency-Key on the fault-free server replays it instead of creating twice', async () => {
    const name = `Retried ${randomUUID()}`;
    const headers = { 'idempotency-key': randomUUID() };
    await expect(adminOf(servers.reset).post('/tenants', { name }, headers)).rejects.toThrow();
    const retry = await adminOf(servers.faultFree).post('/tenants', { name }, headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const listed = (await adminOf(servers.faultFree).get('/tenants?limit=100')).body.data;
    expect(listed.filter((tenant: { name: string }) => tenant.name === name).map((tenant: { id: string }) => tenant.id)).toEqual([retry.body.id]);
  });
});

describe('COGNITIONOS_FAULTS=rate=1,kinds=delay', () => {
  it('still answers, correctly, after the delay', async () => {
    const reply = await adminOf(servers.delayed).post('/tenants', { name: 'Slow' });
    expect(reply.status).toBe(201);
    expect(reply.body.name).toBe('Slow');
    expect((await adminOf(servers.delayed).get(`/tenants/${reply.body.id}`)).body.id).toBe(reply.body.id);
  });
});

describe('COGNITIONOS_COMPAT=newer', () => {
  let admin: Client;
  let api: Client;
  let tenantId: string;
  beforeAll(async () => {
    admin = adminOf(servers.newer);
    tenantId = (await admin.post('/tenants', { name: 'Future' })).body.id;
    api = client(servers.newer.baseUrl, (await admin.post(`/tenants/${tenantId}/api_keys`, { name: 'k' })).body.secret);
  });

  it('a tenant carries newer_field and the undeclared status archived', async () => {
    const tenant = (await admin.get(`/tenants/${tenantId}`)).body;
    expect(tenant).toMatchObject({ id: tenantId, name: 'Future', status: 'archived', newer_field: expect.any(String) });
  });

  it('list pages and their items carry newer_field too', async () => {
    const page = (await admin.get('/tenants')).body;
    expect(page.newer_field).toEqual(expect.any(String));
    for (const tenant of page.data) expect(tenant).toMatchObject({ status: 'archived', newer_field: expect.any(String) });
  });

  it('a workflow gets an extra webhook step after the declared ones', async () => {
    const steps = [{ type: 'delay', duration_ms: 0 }];
    const created = (await api.post('/workflows', { name: 'wf', steps })).body;
    const read = (await api.get(`/workflows/${created.id}`)).body;
    for (const workflow of [created, read]) {
      expect(workflow.steps).toHaveLength(2);
      expect(workflow.steps[0]).toMatchObject(steps[0]);
      expect(workflow.steps[1]).toMatchObject({ type: 'webhook', url: expect.any(String) });
    }
  });

  it('the stored data is unchanged: the extras are only in answers', async () => {
    const created = (await api.post('/workflows', { name: 'wf', steps: [{ type: 'delay', duration_ms: 0 }] })).body;
    const execution = (await api.post(`/workflows/${created.id}/executions`, { input: {} })).body;
    expect(execution.steps.map((step: { type: string }) => step.type)).toEqual(['delay']);
  });

  it('errors stay plain problem details', async () => {
    const reply = await admin.get('/tenants/ten_doesnotexist');
    expectProblem(reply, 404);
    expect(reply.body).not.toHaveProperty('newer_field');
  });
});
