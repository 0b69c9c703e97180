// Scenarios of the catalogue as MCP tool calls: workflows, executions, memories and usage, on a
// tenant key.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminKey, mcp, newTenant, unique, type Tools } from './environment.ts';

let tools: Tools;
beforeAll(async () => {
  tools = (await newTenant(await mcp(adminKey))).tools;
});

describe('workflows and executions', () => {
  it('workflows.crud: created, listed, retrieved, updated, deleted', async () => {
    const workflow = await tools.call('workflows_create', { name: unique('wf'), description: 'first', steps: [{ type: 'delay', duration_ms: 1 }] });
    expect(workflow.id).toMatch(/^wf_/);
    expect((await tools.call('workflows_list', { limit: 100 })).data.map((w: { id: string }) => w.id)).toContain(workflow.id);
    expect(await tools.call('workflows_retrieve', { workflow_id: workflow.id })).toEqual(workflow);
    const updated = await tools.call('workflows_update', { workflow_id: workflow.id, description: 'second', steps: [{ type: 'usage_record', metric: 'tokens', quantity: 1 }] });
    expect(updated).toMatchObject({ id: workflow.id, description: 'second', steps: [{ type: 'usage_record', metric: 'tokens', quantity: 1 }] });
    await tools.call('workflows_delete', { workflow_id: workflow.id });
    expect(await tools.failure('workflows_retrieve', { workflow_id: workflow.id })).toMatch(/^NotFoundError/);
  });

  it('workflows.steps.union: each step variant round-trips with its own fields', async () => {
    const steps = [
      { type: 'delay', duration_ms: 5 },
      { type: 'memory_write', scope: 'shared', content: 'note {{input.x}}' },
      { type: 'usage_record', metric: 'tokens', quantity: 2.5 },
    ];
    const created = await tools.call('workflows_create', { name: unique('union'), steps });
    expect(created.steps).toEqual(steps);
    expect((await tools.call('workflows_retrieve', { workflow_id: created.id })).steps).toEqual(steps);
  });

  it('executions.create_and_poll: wait: true runs to succeeded; its memory_write, with {{input.x}} filled in, is then visible', async () => {
    const marker = unique('marker');
    const workflow = await tools.call('workflows_create', { name: unique('poll'), steps: [{ type: 'memory_write', scope: 'private', content: 'Hello {{input.x}}' }] });
    const execution = await tools.call('workflows_executions_create', { workflow_id: workflow.id, input: { x: marker }, wait: true });
    expect(execution).toMatchObject({ workflow_id: workflow.id, status: 'succeeded', error: null });
    const memories = await tools.call('memories_list', { scope: 'private', limit: 100 });
    expect(memories.data.map((m: { content: string }) => m.content)).toContain(`Hello ${marker}`);
  });

  it('executions.list_cancel: executions are listed; a running one is canceled and ends canceled', async () => {
    const workflow = await tools.call('workflows_create', { name: unique('slow'), steps: [{ type: 'delay', duration_ms: 30_000 }] });
    const execution = await tools.call('workflows_executions_create', { workflow_id: workflow.id, input: {} });
    expect((await tools.call('workflows_executions_list', { workflow_id: workflow.id })).data.map((e: { id: string }) => e.id)).toContain(execution.id);
    await tools.call('workflows_executions_cancel', { workflow_id: workflow.id, execution_id: execution.id });
    let current = await tools.call('workflows_executions_retrieve', { workflow_id: workflow.id, execution_id: execution.id });
    for (let i = 0; i < 50 && current.status !== 'canceled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await tools.call('workflows_executions_retrieve', { workflow_id: workflow.id, execution_id: execution.id });
    }
    expect(current).toMatchObject({ status: 'canceled', finished_at: expect.any(String) });
  });
});

describe('memories and usage', () => {
  it('memories.crud: created, retrieved, listed with scope/agent/tag filters, deleted', async () => {
    const agent = unique('agent');
    const tag = unique('tag');
    const memory = await tools.call('memories_create', { scope: 'private', agent_id: agent, content: 'prefers Mondays', tags: [tag], metadata: { source: 'chat' } });
    expect(memory).toMatchObject({ scope: 'private', agent_id: agent, content: 'prefers Mondays', tags: [tag], metadata: { source: 'chat' } });
    await tools.call('memories_create', { scope: 'shared', content: 'someone else', tags: ['other'] });
    expect(await tools.call('memories_retrieve', { memory_id: memory.id })).toMatchObject({ id: memory.id });
    for (const filter of [{ scope: 'private', agent_id: agent }, { tag }, { agent_id: agent }]) {
      expect((await tools.call('memories_list', filter)).data.map((m: { id: string }) => m.id)).toEqual([memory.id]);
    }
    await tools.call('memories_delete', { memory_id: memory.id });
    expect(await tools.failure('memories_retrieve', { memory_id: memory.id })).toMatch(/^NotFoundError/);
  });

  it('memories.search: the best BM25 match ranks first, scores descending', async () => {
    const word = unique('zebra').replace('-', '');
    const best = await tools.call('memories_create', { scope: 'global', content: `${word} ${word} ${word} grazing` });
    await tools.call('memories_create', { scope: 'global', content: `one ${word} among many other words here` });
    await tools.call('memories_create', { scope: 'global', content: 'nothing relevant at all' });
    const result = await tools.call('memories_search', { query: word, top_k: 5 });
    expect(result.data[0].memory.id).toBe(best.id);
    const scores = result.data.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.length).toBeGreaterThanOrEqual(2);
  });

  it("usage.record_summary: recorded usage is summed, and api_calls counts the tenant's calls", async () => {
    const metric = `tokens_${unique('m').slice(2).replace('-', '')}`;
    await tools.call('usage_record', { metric, quantity: 5 });
    await tools.call('usage_record', { metric, quantity: 7 });
    const summary = await tools.call('usage_summary', { granularity: 'day' });
    expect(summary.totals.find((t: { metric: string }) => t.metric === metric)?.quantity).toBe(12);
    expect(summary.totals.find((t: { metric: string }) => t.metric === 'api_calls')?.quantity).toBeGreaterThan(0);
  });
});
