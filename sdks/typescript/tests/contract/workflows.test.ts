// Generated from generators/typescript/contract/workflows.test.ts by generators/typescript. Do not edit: change generators/typescript/contract/workflows.test.ts or the generator.
import { describe, expect, it } from 'vitest';
import { NotFoundError, type WorkflowStep } from '../../src/index.js';
import { failure, unique, useTenant } from './environment.js';

const session = useTenant();

describe('workflows and executions', () => {
  it('workflows.crud: created, listed, retrieved, updated, deleted', async () => {
    const { client } = session();
    const workflow = await client.workflows.create({ name: unique('wf'), description: 'first', steps: [{ type: 'delay', duration_ms: 1 }] });
    expect(workflow.id).toMatch(/^wf_/);
    const listed: string[] = [];
    for await (const w of client.workflows.list({ limit: 1 })) listed.push(w.id);
    expect(listed).toContain(workflow.id);
    expect(await client.workflows.retrieve(workflow.id)).toEqual(workflow);
    const updated = await client.workflows.update(workflow.id, { description: 'second', steps: [{ type: 'usage_record', metric: 'tokens', quantity: 1 }] });
    expect(updated).toMatchObject({ id: workflow.id, description: 'second', steps: [{ type: 'usage_record', metric: 'tokens', quantity: 1 }] });
    await client.workflows.delete(workflow.id);
    expect(await failure(client.workflows.retrieve(workflow.id))).toBeInstanceOf(NotFoundError);
  });

  it('workflows.steps.union: each step variant round-trips with its own fields', async () => {
    const steps: WorkflowStep[] = [
      { type: 'delay', duration_ms: 5 },
      { type: 'memory_write', scope: 'shared', content: 'note {{input.x}}' },
      { type: 'usage_record', metric: 'tokens', quantity: 2.5 },
    ];
    const created = await session().client.workflows.create({ name: unique('union'), steps });
    expect(created.steps).toEqual(steps);
    const read = await session().client.workflows.retrieve(created.id);
    expect(read.steps).toEqual(steps);
    const kinds = read.steps.map((step) => (step.type === 'delay' ? step.duration_ms : step.type === 'memory_write' ? step.content : step.quantity));
    expect(kinds).toEqual([5, 'note {{input.x}}', 2.5]);
  });

  it('executions.create_and_poll: runs to succeeded; its memory_write, with {{input.x}} filled in, is then visible', async () => {
    const { client } = session();
    const marker = unique('marker');
    const workflow = await client.workflows.create({ name: unique('poll'), steps: [{ type: 'memory_write', scope: 'private', content: 'Hello {{input.x}}' }] });
    const execution = await client.workflows.executions.createAndPoll(workflow.id, { input: { x: marker } }, { pollIntervalMs: 50 });
    expect(execution).toMatchObject({ workflow_id: workflow.id, status: 'succeeded', error: null });
    expect(execution.steps.map((s) => s.status)).toEqual(['succeeded']);
    const contents: string[] = [];
    for await (const memory of client.memories.list({ scope: 'private' })) contents.push(memory.content);
    expect(contents).toContain(`Hello ${marker}`);
  });

  it('executions.list_cancel: executions are listed; a running one is canceled and ends canceled', async () => {
    const { client } = session();
    const workflow = await client.workflows.create({ name: unique('slow'), steps: [{ type: 'delay', duration_ms: 30_000 }] });
    const execution = await client.workflows.executions.create(workflow.id, { input: {} });
    const listed = await client.workflows.executions.list(workflow.id);
    expect(listed.data.map((e) => e.id)).toContain(execution.id);
    await client.workflows.executions.cancel(workflow.id, execution.id);
    let current = await client.workflows.executions.retrieve(workflow.id, execution.id);
    for (let i = 0; i < 50 && current.status !== 'canceled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await client.workflows.executions.retrieve(workflow.id, execution.id);
    }
    expect(current.status).toBe('canceled');
    expect(current.finished_at).toEqual(expect.any(String));
  });
});
