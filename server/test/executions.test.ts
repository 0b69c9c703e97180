// Executions: the server really runs the steps, in the background; cancel; per-workflow listing.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer, waitForExecution, type Client } from './support.ts';

const ctx = useServer();
let api: Client;
beforeAll(async () => {
  api = (await newTenant(ctx.admin, ctx.server.baseUrl, 'Runner')).api;
});
const workflowWith = async (steps: unknown[]) => (await api.post('/workflows', { name: 'wf', steps })).body.id as string;
const start = (workflowId: string, input: Record<string, unknown> = {}) => api.post(`/workflows/${workflowId}/executions`, { input });
const longDelay = [{ type: 'delay', duration_ms: 60000 }];

describe('workflows.executions.create', () => {
  it('answers 201 with a queued execution, its steps pending, and a Location', async () => {
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    const reply = await start(workflowId, { customer: 'Acme' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      id: expect.stringMatching(/^exec_/), workflow_id: workflowId, status: 'queued', input: { customer: 'Acme' },
      output: null, error: null, started_at: null, finished_at: null,
      steps: [{ index: 0, type: 'delay', status: 'pending', output: {}, started_at: null, finished_at: null }],
    });
    expect(reply.headers.get('location')).toBe(`/api/v3/workflows/${workflowId}/executions/${reply.body.id}`);
  });

  it('runs every step for real: the memory is written from the input and the usage recorded', async () => {
    const workflowId = await workflowWith([
      { type: 'delay', duration_ms: 10 },
      { type: 'memory_write', scope: 'shared', content: 'Met {{input.customer}} about {{input.deal.size}} seats.' },
      { type: 'usage_record', metric: 'exec_tokens', quantity: 1200 },
    ]);
    const created = (await start(workflowId, { customer: 'Acme', deal: { size: 40 } })).body;
    const done = await waitForExecution(api, workflowId, created.id);
    expect(done.status).toBe('succeeded');
    expect(done.error).toBeNull();
    expect(done.steps.map((step: { status: string }) => step.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(done.started_at).toEqual(expect.any(String));
    expect(done.finished_at >= done.started_at).toBe(true);
    const memoryId = done.steps[1].output.memory_id;
    expect(done.output).toEqual({ memory_ids: [memoryId], usage_record_ids: [done.steps[2].output.usage_record_id] });
    expect((await api.get(`/memories/${memoryId}`)).body).toMatchObject({ scope: 'shared', content: 'Met Acme about 40 seats.' });
    const summary = (await api.get('/usage/summary?metric=exec_tokens')).body;
    expect(summary.totals).toEqual([{ metric: 'exec_tokens', quantity: 1200 }]);
  });

  it('defaults the input to an empty object, and a missing placeholder value becomes empty text', async () => {
    const workflowId = await workflowWith([{ type: 'memory_write', scope: 'private', content: 'Hello {{input.nobody}}!' }]);
    const created = await api.post(`/workflows/${workflowId}/executions`, {});
    expect(created.body.input).toEqual({});
    const done = await waitForExecution(api, workflowId, created.body.id);
    expect(done.status).toBe('succeeded');
    expect((await api.get(`/memories/${done.steps[0].output.memory_id}`)).body.content).toBe('Hello !');
  });

  it('placeholders read own input fields only: prototype names are empty, a __proto__ field is its value', async () => {
    const workflowId = await workflowWith([{ type: 'memory_write', scope: 'private', content: 'c=[{{input.constructor}}] t=[{{input.a.toString}}] p=[{{input.__proto__}}]' }]);
    const created = await api.post(`/workflows/${workflowId}/executions`, '{"input":{"__proto__":"own","a":{}}}');
    expect(created.status).toBe(201);
    expect(Object.hasOwn(created.body.input, '__proto__')).toBe(true);
    const done = await waitForExecution(api, workflowId, created.body.id);
    expect((await api.get(`/memories/${done.steps[0].output.memory_id}`)).body.content).toBe('c=[] t=[] p=[own]');
  });

  it.each([
    ['filled content past the memory content limit', '{{input.big}} '.repeat(1000), { big: 'x'.repeat(200_000) }, 'longer than 20000 characters'],
    ['filled content that is empty', '{{input.missing}}', {}, 'content'],
  ])('%s fails the step with the reason, and writes nothing', async (_case, content, input, reason) => {
    const workflowId = await workflowWith([{ type: 'memory_write', scope: 'private', content }, { type: 'usage_record', metric: 'after_limit', quantity: 1 }]);
    const before = (await api.get('/memories?limit=100')).body.data.length;
    const done = await waitForExecution(api, workflowId, (await start(workflowId, input)).body.id);
    expect(done.status).toBe('failed');
    expect(done.error).toContain('step 0 (memory_write) failed');
    expect(done.error).toContain(reason);
    expect(done.steps.map((step: { status: string }) => step.status)).toEqual(['failed', 'pending']);
    expect((await api.get('/memories?limit=100')).body.data.length).toBe(before);
    expect((await api.get('/health')).status).toBe(200);
  });

  it('runs the steps the workflow had when it started, not later edits', async () => {
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 200 }, { type: 'delay', duration_ms: 0 }]);
    const created = (await start(workflowId)).body;
    await api.patch(`/workflows/${workflowId}`, { steps: [{ type: 'usage_record', metric: 'late_edit', quantity: 1 }] });
    const done = await waitForExecution(api, workflowId, created.id);
    expect(done.steps.map((step: { type: string }) => step.type)).toEqual(['delay', 'delay']);
  });

  it.each([
    ['input that is a list', { input: [1] }, 'body.input'],
    ['input that is text', { input: 'go' }, 'body.input'],
    ['an unknown field', { input: {}, priority: 1 }, 'body.priority'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    const workflowId = await workflowWith(longDelay);
    expectProblem(await api.post(`/workflows/${workflowId}/executions`, body), 400, path);
  });

  it('is 404 for an unknown workflow and 403 with an admin key', async () => {
    expectProblem(await start('wf_doesnotexist'), 404);
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    expectProblem(await ctx.admin.post(`/workflows/${workflowId}/executions`, { input: {} }), 403);
  });
});

describe('workflows.executions.list', () => {
  it('lists the workflow’s executions oldest first, and no other workflow’s', async () => {
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    const otherId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    const ids = [(await start(workflowId)).body.id, (await start(workflowId)).body.id];
    await start(otherId);
    const reply = await api.get(`/workflows/${workflowId}/executions`);
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((execution: { id: string }) => execution.id)).toEqual(ids);
    expect(reply.body).toMatchObject({ has_more: false, next_cursor: null });
  });

  it('is 404 for an unknown workflow', async () => {
    expectProblem(await api.get('/workflows/wf_doesnotexist/executions'), 404);
  });
});

describe('workflows.executions.retrieve', () => {
  it('shows a running execution with its current step running', async () => {
    const workflowId = await workflowWith([...longDelay, { type: 'delay', duration_ms: 0 }]);
    const created = (await start(workflowId)).body;
    const running = await waitForExecution(api, workflowId, created.id, ['running']);
    expect(running).toMatchObject({ started_at: expect.any(String), finished_at: null, output: null });
    expect(running.steps.map((step: { status: string }) => step.status)).toEqual(['running', 'pending']);
    await api.post(`/workflows/${workflowId}/executions/${created.id}/cancel`);
  });

  it('is 404 for an unknown execution, and for an execution asked for under another workflow', async () => {
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    const otherId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    const execution = (await start(workflowId)).body;
    expectProblem(await api.get(`/workflows/${workflowId}/executions/exec_doesnotexist`), 404);
    expectProblem(await api.get(`/workflows/${otherId}/executions/${execution.id}`), 404);
  });
});

describe('workflows.executions.cancel', () => {
  it('stops a running execution with a reason; its open steps are canceled', async () => {
    const workflowId = await workflowWith([...longDelay, { type: 'memory_write', scope: 'private', content: 'never' }]);
    const created = (await start(workflowId)).body;
    await waitForExecution(api, workflowId, created.id, ['running']);
    const reply = await api.post(`/workflows/${workflowId}/executions/${created.id}/cancel`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: created.id, status: 'canceled', error: expect.stringMatching(/\S/), finished_at: expect.any(String) });
    expect(reply.body.steps.map((step: { status: string }) => step.status)).toEqual(['canceled', 'canceled']);
    expect((await api.get(`/workflows/${workflowId}/executions/${created.id}`)).body.status).toBe('canceled');
  });

  it('is 409 for an execution that has already finished', async () => {
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 0 }]);
    const created = (await start(workflowId)).body;
    await waitForExecution(api, workflowId, created.id);
    expectProblem(await api.post(`/workflows/${workflowId}/executions/${created.id}/cancel`), 409);
  });

  it('is 409 the second time', async () => {
    const workflowId = await workflowWith(longDelay);
    const created = (await start(workflowId)).body;
    expect((await api.post(`/workflows/${workflowId}/executions/${created.id}/cancel`)).status).toBe(200);
    expectProblem(await api.post(`/workflows/${workflowId}/executions/${created.id}/cancel`), 409);
  });

  it('a canceled execution stays canceled', async () => {
    const workflowId = await workflowWith([{ type: 'delay', duration_ms: 100 }, { type: 'usage_record', metric: 'after_cancel', quantity: 1 }]);
    const created = (await start(workflowId)).body;
    await api.post(`/workflows/${workflowId}/executions/${created.id}/cancel`);
    // Timers fire in deadline order, so once a later-started 150 ms delay has finished, the canceled
    // run's 100 ms delay would have finished too and its next step would have run, had cancel not stopped it.
    const probeId = await workflowWith([{ type: 'delay', duration_ms: 150 }]);
    const probe = (await start(probeId)).body;
    await waitForExecution(api, probeId, probe.id);
    expect((await api.get(`/workflows/${workflowId}/executions/${created.id}`)).body.status).toBe('canceled');
    expect((await api.get('/usage/summary?metric=after_cancel')).body.totals).toEqual([]);
  });

  it('is 404 for an unknown execution', async () => {
    const workflowId = await workflowWith(longDelay);
    expectProblem(await api.post(`/workflows/${workflowId}/executions/exec_doesnotexist/cancel`), 404);
  });
});
