// The engine on a store of its own: a plan written by a newer server version may hold a step type this
// one does not know; the execution fails on it with a reason naming the step, and writes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.ts';
import { openStore } from '../src/store/index.ts';
import { waitUntil } from './support.ts';

const store = openStore(':memory:', { idempotencyRetentionMs: 60_000 });
const engine = createEngine(store);
afterAll(() => {
  engine.stop();
  store.db.close();
});

describe('an execution whose plan holds an unknown step type', () => {
  it('fails at that step, naming its index and type, and runs no later step', async () => {
    const tenant = store.tenants.create({ name: 'Newer plan' })!;
    const steps = [{ type: 'delay' as const, duration_ms: 0 }, { type: 'memory_write' as const, scope: 'shared' as const, content: 'never written' }];
    const workflow = store.workflows.create(tenant.id, { name: 'wf', description: '', steps });
    const execution = store.executions.create(tenant.id, workflow.id, workflow.steps, {});
    // What a newer server would have stored: its own step type first (the SQL stands in for that server).
    const newerPlan = JSON.stringify([{ type: 'webhook', url: 'https://hooks.example/x' }, steps[1]]);
    store.db.prepare('UPDATE executions SET plan = ? WHERE id = ?').run(newerPlan, execution.id);
    engine.start(execution.id);
    const done = await waitUntil(async () => store.executions.get(execution.id)!, (current) => current.status !== 'queued' && current.status !== 'running');
    expect(done).toMatchObject({ status: 'failed', error: 'step 0 (webhook) failed: unknown step type', output: null });
    expect(done.steps[0].status).toBe('failed');
    expect(store.memories.list(tenant.id, {}, '', 10).data).toEqual([]);
  });
});
