// Workflows: CRUD of step lists (a tagged union on `type`), tenant keys only.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer, type Client } from './support.ts';

const ctx = useServer();
let api: Client;
beforeAll(async () => {
  api = (await newTenant(ctx.admin, ctx.server.baseUrl, 'Flows')).api;
});
const allSteps = [
  { type: 'delay', duration_ms: 10 },
  { type: 'memory_write', scope: 'shared', content: 'Met {{input.customer}} today.' },
  { type: 'usage_record', metric: 'tokens', quantity: 1200 },
];
const create = (body: Record<string, unknown> = {}) => api.post('/workflows', { name: 'wf', steps: allSteps, ...body });

describe('workflows.create', () => {
  it('answers 201 with every step type kept as sent, and a Location', async () => {
    const reply = await create({ name: 'remember-meeting', description: 'notes' });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^wf_/), name: 'remember-meeting', description: 'notes', steps: allSteps,
      created_at: expect.any(String), updated_at: expect.any(String),
    });
    expect(reply.headers.get('location')).toBe(`/api/v3/workflows/${reply.body.id}`);
  });

  it('defaults the description to an empty string', async () => {
    expect((await api.post('/workflows', { name: 'bare', steps: [{ type: 'delay', duration_ms: 0 }] })).body.description).toBe('');
  });

  it.each([
    ['no name', { name: undefined }, 'body.name'],
    ['no steps', { steps: undefined }, 'body.steps'],
    ['an empty step list', { steps: [] }, 'body.steps'],
    ['51 steps', { steps: Array.from({ length: 51 }, () => ({ type: 'delay', duration_ms: 0 })) }, 'body.steps'],
    ['an unknown step type', { steps: [{ type: 'webhook', url: 'https://x' }] }, 'body.steps.0.type'],
    ['a step without a type', { steps: [{ duration_ms: 1 }] }, 'body.steps.0.type'],
    ['a negative delay', { steps: [{ type: 'delay', duration_ms: -1 }] }, 'body.steps.0.duration_ms'],
    ['a delay over a minute', { steps: [{ type: 'delay', duration_ms: 60001 }] }, 'body.steps.0.duration_ms'],
    ['a fractional delay', { steps: [{ type: 'delay', duration_ms: 1.5 }] }, 'body.steps.0.duration_ms'],
    ['a memory_write with an unknown scope', { steps: [{ type: 'memory_write', scope: 'team', content: 'x' }] }, 'body.steps.0.scope'],
    ['a memory_write with empty content', { steps: [{ type: 'memory_write', scope: 'private', content: '' }] }, 'body.steps.0.content'],
    ['a usage_record with a bad metric name', { steps: [{ type: 'usage_record', metric: 'Tokens!', quantity: 1 }] }, 'body.steps.0.metric'],
    ['a usage_record with a negative quantity', { steps: [{ type: 'usage_record', metric: 'tokens', quantity: -1 }] }, 'body.steps.0.quantity'],
    ['a field of another step type', { steps: [{ type: 'delay', duration_ms: 1, content: 'x' }] }, 'body.steps.0.content'],
    ['the second step bad', { steps: [{ type: 'delay', duration_ms: 1 }, { type: 'delay' }] }, 'body.steps.1.duration_ms'],
    ['an unknown field', { owner: 'me' }, 'body.owner'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await create(body), 400, path);
  });

  it('is 403 with an admin key', async () => {
    expectProblem(await ctx.admin.post('/workflows', { name: 'wf', steps: allSteps }), 403);
  });
});

describe('workflows.list', () => {
  it('lists only the caller’s workflows, oldest first', async () => {
    const { api: fresh } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Fresh');
    const ids = [];
    for (const name of ['a', 'b', 'c']) ids.push((await fresh.post('/workflows', { name, steps: allSteps })).body.id);
    const reply = await fresh.get('/workflows');
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((workflow: { id: string }) => workflow.id)).toEqual(ids);
    expect(reply.body).toMatchObject({ has_more: false, next_cursor: null });
  });

  it('is 403 with an admin key', async () => {
    expectProblem(await ctx.admin.get('/workflows'), 403);
  });
});

describe('workflows.retrieve', () => {
  it('returns the workflow', async () => {
    const workflow = (await create()).body;
    const reply = await api.get(`/workflows/${workflow.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(workflow);
  });

  it('is 404 for an unknown id and 403 with an admin key', async () => {
    expectProblem(await api.get('/workflows/wf_doesnotexist'), 404);
    const workflow = (await create()).body;
    expectProblem(await ctx.admin.get(`/workflows/${workflow.id}`), 403);
  });
});

describe('workflows.update', () => {
  it('replaces the fields it is given and keeps the rest', async () => {
    const workflow = (await create({ description: 'old' })).body;
    const steps = [{ type: 'delay', duration_ms: 5 }];
    const reply = await api.patch(`/workflows/${workflow.id}`, { name: 'renamed', steps });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: workflow.id, name: 'renamed', description: 'old', steps, created_at: workflow.created_at });
    expect((await api.get(`/workflows/${workflow.id}`)).body).toEqual(reply.body);
  });

  it.each([
    ['an empty name', { name: '' }, 'body.name'],
    ['an empty step list', { steps: [] }, 'body.steps'],
    ['a bad step', { steps: [{ type: 'delay', duration_ms: 'soon' }] }, 'body.steps.0.duration_ms'],
    ['an unknown field', { id: 'wf_x' }, 'body.id'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    const workflow = (await create()).body;
    expectProblem(await api.patch(`/workflows/${workflow.id}`, body), 400, path);
  });

  it('is 404 for an unknown id', async () => {
    expectProblem(await api.patch('/workflows/wf_doesnotexist', { name: 'x' }), 404);
  });
});

describe('workflows.delete', () => {
  it('answers 204; the workflow is then 404', async () => {
    const workflow = (await create()).body;
    const reply = await api.delete(`/workflows/${workflow.id}`);
    expect(reply.status).toBe(204);
    expectProblem(await api.get(`/workflows/${workflow.id}`), 404);
    expectProblem(await api.delete(`/workflows/${workflow.id}`), 404);
  });

  it('takes a running execution with it', async () => {
    const workflow = (await create({ steps: [{ type: 'delay', duration_ms: 60000 }] })).body;
    const execution = (await api.post(`/workflows/${workflow.id}/executions`, { input: {} })).body;
    expect((await api.delete(`/workflows/${workflow.id}`)).status).toBe(204);
    expectProblem(await api.get(`/workflows/${workflow.id}/executions/${execution.id}`), 404);
  });

  it('is 404 for an unknown id and 403 with an admin key', async () => {
    expectProblem(await api.delete('/workflows/wf_doesnotexist'), 404);
    const workflow = (await create()).body;
    expectProblem(await ctx.admin.delete(`/workflows/${workflow.id}`), 403);
  });
});
