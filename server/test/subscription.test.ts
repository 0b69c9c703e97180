// A tenant's one subscription: retrieve, change plan and seats, cancel at period end; admin-only.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer } from './support.ts';

const ctx = useServer();
let tenantId: string;
beforeEach(async () => {
  tenantId = (await ctx.admin.post('/tenants', { name: 'Subscriber' })).body.id;
});
const path = () => `/tenants/${tenantId}/subscription`;

describe('tenants.subscription.retrieve', () => {
  it('starts as one starter seat, active, with a period that ends after it starts', async () => {
    const reply = await ctx.admin.get(path());
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ tenant_id: tenantId, plan: 'starter', seats: 1, status: 'active', cancel_at_period_end: false });
    expect(Date.parse(reply.body.current_period_end)).toBeGreaterThan(Date.parse(reply.body.current_period_start));
  });
});

describe('tenants.subscription.update', () => {
  it('changes plan and seats, and keeps them', async () => {
    const reply = await ctx.admin.patch(path(), { plan: 'professional', seats: 10 });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ plan: 'professional', seats: 10, status: 'active' });
    expect((await ctx.admin.get(path())).body).toEqual(reply.body);
  });

  it('changes one field without touching the other', async () => {
    await ctx.admin.patch(path(), { seats: 5 });
    expect((await ctx.admin.patch(path(), { plan: 'enterprise' })).body).toMatchObject({ plan: 'enterprise', seats: 5 });
  });

  it.each([
    ['an unknown plan', { plan: 'gold' }, 'body.plan'],
    ['zero seats', { seats: 0 }, 'body.seats'],
    ['too many seats', { seats: 10001 }, 'body.seats'],
    ['fractional seats', { seats: 1.5 }, 'body.seats'],
    ['seats as a string', { seats: '3' }, 'body.seats'],
    ['cancel_at_period_end as a string', { cancel_at_period_end: 'yes' }, 'body.cancel_at_period_end'],
    ['an unknown field', { status: 'canceled' }, 'body.status'],
  ])('%s is 400 naming %s', async (_case, body, field) => {
    expectProblem(await ctx.admin.patch(path(), body), 400, field);
  });
});

describe('tenants.subscription.cancel', () => {
  it('sets cancel_at_period_end and stays active until the period ends', async () => {
    const reply = await ctx.admin.post(`${path()}/cancel`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ tenant_id: tenantId, cancel_at_period_end: true, status: 'active' });
  });

  it('can be undone before the period ends', async () => {
    await ctx.admin.post(`${path()}/cancel`);
    expect((await ctx.admin.patch(path(), { cancel_at_period_end: false })).body.cancel_at_period_end).toBe(false);
  });

  it('accepts the empty JSON object clients send on a POST without parameters', async () => {
    expect((await ctx.admin.post(`${path()}/cancel`, {})).status).toBe(200);
  });
});

describe('subscription errors shared by every operation', () => {
  const calls: [string, (id: string) => Promise<any>][] = [
    ['retrieve', (id) => ctx.admin.get(`/tenants/${id}/subscription`)],
    ['update', (id) => ctx.admin.patch(`/tenants/${id}/subscription`, { seats: 2 })],
    ['cancel', (id) => ctx.admin.post(`/tenants/${id}/subscription/cancel`)],
  ];

  it.each(calls)('%s is 404 for an unknown tenant', async (_name, call) => {
    expectProblem(await call('ten_doesnotexist'), 404);
  });

  it.each(calls)('%s is 404 for a deleted tenant', async (_name, call) => {
    await ctx.admin.delete(`/tenants/${tenantId}`);
    expectProblem(await call(tenantId), 404);
  });

  it.each([
    ['retrieve', 'GET', ''],
    ['update', 'PATCH', ''],
    ['cancel', 'POST', '/cancel'],
  ])('%s is 403 with the tenant’s own key', async (_name, method, suffix) => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const body = method === 'GET' ? undefined : method === 'PATCH' ? { seats: 99 } : {};
    expectProblem(await api.call(method, `/tenants/${tenant.id}/subscription${suffix}`, body), 403);
  });
});
