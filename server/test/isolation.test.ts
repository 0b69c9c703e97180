// Tenant isolation over the spec's own operation list: every tenant-scoped operation with path
// parameters, called with tenant B's key on tenant A's objects, is a 404 (never 403, never 200),
// and leaves A's objects as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../spec/src/index.ts';
import { expectProblem, newTenant, useServer, waitForExecution } from './support.ts';

const ctx = useServer();
const scoped = operations.filter((op) => (op.access === 'tenant' || op.access === 'admin_or_own_tenant') && op.params);

/** A valid body per operation, so the call gets past validation to the tenant check. */
const validBodies: Record<string, unknown> = {
  tenantsPluginsInstall: { name: 'intruder', version: '1.0.0' },
  tenantsPluginsUpdate: { enabled: false },
  workflowsUpdate: { name: 'hijacked' },
  workflowsExecutionsCreate: { input: {} },
};

let a: Awaited<ReturnType<typeof newTenant>>;
let b: Awaited<ReturnType<typeof newTenant>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  a = await newTenant(ctx.admin, ctx.server.baseUrl, 'Tenant A');
  b = await newTenant(ctx.admin, ctx.server.baseUrl, 'Tenant B');
  ids.tenant_id = a.tenant.id;
  ids.plugin_id = (await a.api.post(`/tenants/${a.tenant.id}/plugins`, { name: 'owned', version: '1.0.0' })).body.id;
  ids.workflow_id = (await a.api.post('/workflows', { name: 'owned', steps: [{ type: 'delay', duration_ms: 60000 }] })).body.id;
  ids.execution_id = (await a.api.post(`/workflows/${ids.workflow_id}/executions`, { input: {} })).body.id;
  ids.memory_id = (await a.api.post('/memories', { scope: 'private', content: 'secret of tenant A' })).body.id;
  await waitForExecution(a.api, ids.workflow_id, ids.execution_id, ['running']);
});

describe('tenant B on tenant A’s objects', () => {
  it('covers every tenant-scoped operation with a path parameter, with a body where one is needed', () => {
    expect(scoped.length).toBeGreaterThanOrEqual(15);
    for (const op of scoped) if (op.body) expect(validBodies, op.operationId).toHaveProperty(op.operationId);
  });

  it.each(scoped.map((op) => [op.operationId, op.http.toUpperCase(), op.path, op] as const))('%s (%s %s) is 404', async (_id, method, path, op) => {
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]);
    const body = op.http === 'get' || op.http === 'delete' ? undefined : (validBodies[op.operationId] ?? {});
    expectProblem(await b.api.call(method, filled, body), 404);
  });

  it('left every object of tenant A as it was', async () => {
    expect((await a.api.get(`/tenants/${a.tenant.id}`)).body).toEqual(a.tenant);
    expect((await a.api.get(`/tenants/${a.tenant.id}/plugins/${ids.plugin_id}`)).body).toMatchObject({ name: 'owned', enabled: true });
    expect((await a.api.get(`/tenants/${a.tenant.id}/plugins`)).body.data).toHaveLength(1);
    expect((await a.api.get(`/workflows/${ids.workflow_id}`)).body).toMatchObject({ name: 'owned' });
    const executions = (await a.api.get(`/workflows/${ids.workflow_id}/executions`)).body.data;
    expect(executions).toEqual([expect.objectContaining({ id: ids.execution_id, status: 'running' })]);
    expect((await a.api.get(`/memories/${ids.memory_id}`)).body).toMatchObject({ content: 'secret of tenant A' });
  });

  it('B’s lists and search show none of A’s objects', async () => {
    expect((await b.api.get('/workflows')).body.data).toEqual([]);
    expect((await b.api.get('/memories')).body.data).toEqual([]);
    expect((await b.api.post('/memories/search', { query: 'secret' })).body.data).toEqual([]);
    expect((await b.api.get(`/tenants/${b.tenant.id}/plugins`)).body.data).toEqual([]);
  });

  it('B’s usage summary does not include A’s usage', async () => {
    await a.api.post('/usage', { metric: 'a_only', quantity: 7 });
    expect((await b.api.get('/usage/summary?metric=a_only')).body.totals).toEqual([]);
    expect((await a.api.get('/usage/summary?metric=a_only')).body.totals).toEqual([{ metric: 'a_only', quantity: 7 }]);
  });

  it('the same call with A’s key succeeds, so the 404s were about ownership', async () => {
    expect((await a.api.get(`/workflows/${ids.workflow_id}/executions/${ids.execution_id}`)).status).toBe(200);
    expect((await a.api.post(`/workflows/${ids.workflow_id}/executions/${ids.execution_id}/cancel`)).status).toBe(200);
  });
});
