// api_calls meters only calls that were authorized (issue 26): a suspended tenant's refused calls, invalid
// requests refused before they reach the tenant and replayed answers are not billed.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { expectProblem, newTenant, useServer } from './support.ts';

const ctx = useServer();

it('bills authorized calls only: not 403s of a suspended tenant, not invalid requests, not replays', async () => {
  const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Metered');
  const calls = async () => (await api.get('/usage/summary?metric=api_calls')).body.totals[0]?.quantity ?? 0;
  expect(await calls()).toBe(1);

  expect((await ctx.admin.patch(`/tenants/${tenant.id}`, { status: 'suspended' })).status).toBe(200);
  for (let i = 0; i < 10; i++) expectProblem(await api.get('/memories'), 403);
  expect((await ctx.admin.patch(`/tenants/${tenant.id}`, { status: 'active' })).status).toBe(200);
  expect(await calls()).toBe(2);

  expectProblem(await api.post('/memories', { scope: 'nowhere', content: 'x' }), 400, 'body.scope');
  const key = { 'idempotency-key': randomUUID() };
  expect((await api.post('/memories', { scope: 'private', content: 'once' }, key)).status).toBe(201);
  expect((await api.post('/memories', { scope: 'private', content: 'once' }, key)).headers.get('idempotent-replayed')).toBe('true');
  // The summaries (3) and the one create that ran.
  expect(await calls()).toBe(4);
});
