// A server killed with SIGKILL and restarted on the same SQLite file keeps every acknowledged write,
// and an execution that was running when it died is failed with a reason, never left running.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { client, newTenant, waitForExecution, type Client } from './support.ts';

const burstKey = (i: number) => `burst-${i}`;
const burstBody = (i: number) => ({ scope: 'private', content: `burst ${i}` });
const BURST = 45; // under search top_k (50), so one search can return them all
const KILL_AFTER = 10;
const dir = mkdtempSync(join(tmpdir(), 'cognitionos-restart-'));
const env = { COGNITIONOS_DB: join(dir, 'api.db'), COGNITIONOS_ADMIN_KEY: 'cog_admin_restart_test_key' };

/** What the first server acknowledged, read back after the restart. */
const acknowledged = {
  tenants: [] as { id: string; name: string }[],
  memories: [] as string[],
  workflowId: '',
  runningExecutionId: '',
  pluginId: '',
  tenantId: '',
  keySecret: '',
  revokedKeySecret: '',
};

let after: RunningServer;
let admin: Client;
let api: Client;

beforeAll(async () => {
  const before = await startServer({ env });
  const firstAdmin = client(before.baseUrl, before.adminKey);
  const tenant = await newTenant(firstAdmin, before.baseUrl, 'Survivor');
  acknowledged.tenantId = tenant.tenant.id;
  acknowledged.keySecret = tenant.key.secret;
  const revoked = (await firstAdmin.post(`/tenants/${tenant.tenant.id}/api_keys`, { name: 'revoked' })).body;
  await firstAdmin.delete(`/tenants/${tenant.tenant.id}/api_keys/${revoked.id}`);
  acknowledged.revokedKeySecret = revoked.secret;
  await firstAdmin.patch(`/tenants/${tenant.tenant.id}`, { name: 'Survivor Renamed', metadata: { tier: 'gold' } });
  await firstAdmin.patch(`/tenants/${tenant.tenant.id}/subscription`, { plan: 'enterprise', seats: 42 });
  acknowledged.pluginId = (await tenant.api.post(`/tenants/${tenant.tenant.id}/plugins`, { name: 'kept', version: '1.0.0' })).body.id;
  await tenant.api.post('/usage', { metric: 'kept_metric', quantity: 5, timestamp: '2026-01-01T00:00:00Z' });

  const tenants = await Promise.all(Array.from({ length: 10 }, (_, i) => firstAdmin.post('/tenants', { name: `Burst ${i}` })));
  for (const reply of tenants) if (reply.status === 201) acknowledged.tenants.push({ id: reply.body.id, name: reply.body.name });

  acknowledged.workflowId = (await tenant.api.post('/workflows', { name: 'long', steps: [{ type: 'delay', duration_ms: 60000 }, { type: 'usage_record', metric: 'never', quantity: 1 }] })).body.id;
  acknowledged.runningExecutionId = (await tenant.api.post(`/workflows/${acknowledged.workflowId}/executions`, { input: { n: 1 } })).body.id;
  await waitForExecution(tenant.api, acknowledged.workflowId, acknowledged.runningExecutionId, ['running']);

  // The kill lands in the middle of a burst of writes: every 201 that reached us must survive it;
  // requests cut off by the kill were never acknowledged and prove nothing either way.
  let answered = 0;
  let killed: Promise<void> | undefined;
  const burst = Array.from({ length: BURST }, (_, i) =>
    tenant.api.post('/memories', burstBody(i), { 'idempotency-key': burstKey(i) }).then((reply) => {
      if (++answered === KILL_AFTER) killed = before.kill();
      return reply;
    }),
  );
  for (const outcome of await Promise.allSettled(burst)) {
    if (outcome.status === 'fulfilled' && outcome.value.status === 201) acknowledged.memories.push(outcome.value.body.id);
  }
  await (killed ?? before.kill());
  after = await startServer({ env });
  admin = client(after.baseUrl, after.adminKey);
  api = client(after.baseUrl, acknowledged.keySecret);
}, 30_000);

afterAll(async () => {
  await after?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('after SIGKILL and a restart on the same file', () => {
  it('(precondition) the first server acknowledged writes before it was killed', () => {
    expect(acknowledged.tenants).toHaveLength(10);
    expect(acknowledged.memories.length).toBeGreaterThanOrEqual(KILL_AFTER);
  });

  it('has every acknowledged tenant', async () => {
    const listed = (await admin.get('/tenants?limit=100')).body.data.map((tenant: { id: string; name: string }) => ({ id: tenant.id, name: tenant.name }));
    expect(listed).toEqual(expect.arrayContaining(acknowledged.tenants));
  });

  it('has the tenant update and the subscription change', async () => {
    expect((await admin.get(`/tenants/${acknowledged.tenantId}`)).body).toMatchObject({ name: 'Survivor Renamed', metadata: { tier: 'gold' } });
    expect((await admin.get(`/tenants/${acknowledged.tenantId}/subscription`)).body).toMatchObject({ plan: 'enterprise', seats: 42 });
  });

  it('still accepts the tenant key and still refuses the revoked one', async () => {
    expect((await api.get('/workflows')).status).toBe(200);
    expect((await client(after.baseUrl, acknowledged.revokedKeySecret).get('/workflows')).status).toBe(401);
  });

  it('has every acknowledged memory, searchable', async () => {
    const listed = (await api.get('/memories?limit=100')).body.data.map((memory: { id: string }) => memory.id);
    expect(listed).toEqual(expect.arrayContaining(acknowledged.memories));
    const found = (await api.post('/memories/search', { query: 'burst', top_k: 50 })).body.data.map((hit: { memory: { id: string } }) => hit.memory.id);
    expect(found).toEqual(expect.arrayContaining(acknowledged.memories));
  });

  it('completes every create of the burst on retry with its key: cut-off ones run once, answered ones replay, none is 409', async () => {
    const retries = await Promise.all(Array.from({ length: BURST }, (_, i) => api.post('/memories', burstBody(i), { 'idempotency-key': burstKey(i) })));
    expect(retries.map((reply) => reply.status)).toEqual(Array(BURST).fill(201));
    const ids = retries.map((reply) => reply.body.id);
    expect(ids).toEqual(expect.arrayContaining(acknowledged.memories));
    const listed = (await api.get('/memories?limit=100')).body.data.filter((memory: { content: string }) => memory.content.startsWith('burst '));
    expect(listed.map((memory: { id: string }) => memory.id).sort()).toEqual([...ids].sort());
  });

  it('has the plugin and the usage record', async () => {
    expect((await api.get(`/tenants/${acknowledged.tenantId}/plugins/${acknowledged.pluginId}`)).body).toMatchObject({ name: 'kept' });
    const summary = (await api.get('/usage/summary?start=2026-01-01T00:00:00Z&end=2026-01-02T00:00:00Z&metric=kept_metric')).body;
    expect(summary.totals).toEqual([{ metric: 'kept_metric', quantity: 5 }]);
  });

  it('fails the execution that was running, with a reason, and closes its steps', async () => {
    const execution = (await api.get(`/workflows/${acknowledged.workflowId}/executions/${acknowledged.runningExecutionId}`)).body;
    expect(execution.status).toBe('failed');
    expect(execution.error).toMatch(/restart/);
    expect(execution.finished_at).toEqual(expect.any(String));
    for (const step of execution.steps) expect(['failed', 'canceled']).toContain(step.status);
    expect((await api.get('/usage/summary?metric=never')).body.totals).toEqual([]);
  });

  it('runs new executions normally', async () => {
    const workflowId = (await api.post('/workflows', { name: 'after', steps: [{ type: 'delay', duration_ms: 0 }] })).body.id;
    const execution = (await api.post(`/workflows/${workflowId}/executions`, { input: {} })).body;
    expect((await waitForExecution(api, workflowId, execution.id)).status).toBe('succeeded');
  });
});
