// Usage: recording metrics, summaries by hour or day, and the server's own api_calls metering.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer, type Client } from './support.ts';

const ctx = useServer();
const freshTenant = async () => (await newTenant(ctx.admin, ctx.server.baseUrl, 'Metered')).api;

describe('usage.record', () => {
  let api: Client;
  beforeAll(async () => {
    api = await freshTenant();
  });

  it('answers 201 with the record, its timestamp defaulting to now', async () => {
    const reply = await api.post('/usage', { metric: 'tokens', quantity: 1200 });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({ id: expect.stringMatching(/^use_/), metric: 'tokens', quantity: 1200, timestamp: reply.body.created_at, created_at: expect.any(String) });
  });

  it('keeps an explicit timestamp, normalized to UTC', async () => {
    const reply = await api.post('/usage', { metric: 'tokens', quantity: 0.5, timestamp: '2026-01-01T12:00:00+02:00' });
    expect(reply.body).toMatchObject({ quantity: 0.5, timestamp: '2026-01-01T10:00:00.000Z' });
  });

  it('is 403 for api_calls, which only the server meters', async () => {
    expectProblem(await api.post('/usage', { metric: 'api_calls', quantity: 1 }), 403);
  });

  it.each([
    ['no metric', { metric: undefined }, 'body.metric'],
    ['a metric with capitals', { metric: 'Tokens' }, 'body.metric'],
    ['a metric starting with a digit', { metric: '1tokens' }, 'body.metric'],
    ['no quantity', { quantity: undefined }, 'body.quantity'],
    ['a negative quantity', { quantity: -1 }, 'body.quantity'],
    ['a quantity over 1e12', { quantity: 1e13 }, 'body.quantity'],
    ['a quantity as a string', { quantity: '5' }, 'body.quantity'],
    ['a timestamp that is not RFC 3339', { timestamp: 'yesterday' }, 'body.timestamp'],
    ['a timestamp without an offset', { timestamp: '2026-01-01T00:00:00' }, 'body.timestamp'],
    ['an unknown field', { unit: 'tok' }, 'body.unit'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await api.post('/usage', { metric: 'tokens', quantity: 1, ...body }), 400, path);
  });

  it('is 403 with an admin key', async () => {
    expectProblem(await ctx.admin.post('/usage', { metric: 'tokens', quantity: 1 }), 403);
  });
});

describe('usage.summary', () => {
  let api: Client;
  beforeAll(async () => {
    api = await freshTenant();
    const records = [
      ['tokens', 5, '2026-01-01T10:15:00Z'],
      ['tokens', 3, '2026-01-01T11:00:00Z'],
      ['images', 1, '2026-01-01T10:30:00Z'],
      ['tokens', 2, '2026-01-02T09:00:00Z'],
      ['tokens', 100, '2026-01-03T00:00:00Z'],
      ['tokens', 1000, '2025-12-31T23:59:59Z'],
    ] as const;
    for (const [metric, quantity, timestamp] of records) await api.post('/usage', { metric, quantity, timestamp });
  });
  const range = 'start=2026-01-01T00:00:00Z&end=2026-01-03T00:00:00Z';

  it('sums per metric and day over [start, end), by period then metric', async () => {
    const reply = await api.get(`/usage/summary?${range}&granularity=day`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      start: '2026-01-01T00:00:00.000Z', end: '2026-01-03T00:00:00.000Z', granularity: 'day',
      data: [
        { metric: 'images', period_start: '2026-01-01T00:00:00.000Z', quantity: 1 },
        { metric: 'tokens', period_start: '2026-01-01T00:00:00.000Z', quantity: 8 },
        { metric: 'tokens', period_start: '2026-01-02T00:00:00.000Z', quantity: 2 },
      ],
      totals: [{ metric: 'images', quantity: 1 }, { metric: 'tokens', quantity: 10 }],
    });
  });

  it('defaults to day granularity', async () => {
    expect((await api.get(`/usage/summary?${range}`)).body.granularity).toBe('day');
  });

  it('buckets by hour', async () => {
    const reply = await api.get(`/usage/summary?${range}&granularity=hour&metric=tokens`);
    expect(reply.body.data).toEqual([
      { metric: 'tokens', period_start: '2026-01-01T10:00:00.000Z', quantity: 5 },
      { metric: 'tokens', period_start: '2026-01-01T11:00:00.000Z', quantity: 3 },
      { metric: 'tokens', period_start: '2026-01-02T09:00:00.000Z', quantity: 2 },
    ]);
    expect(reply.body.totals).toEqual([{ metric: 'tokens', quantity: 10 }]);
  });

  it('filters by metric', async () => {
    expect((await api.get(`/usage/summary?${range}&metric=images`)).body.totals).toEqual([{ metric: 'images', quantity: 1 }]);
  });

  it.each([
    ['a range with nothing in it', 'start=2020-01-01T00:00:00Z&end=2020-01-02T00:00:00Z'],
    ['an empty range (start equals end)', 'start=2026-01-01T00:00:00Z&end=2026-01-01T00:00:00Z'],
  ])('answers empty data for %s', async (_case, query) => {
    const reply = await api.get(`/usage/summary?${query}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ data: [], totals: [] });
  });

  it.each([
    ['a start after the end', 'start=2026-01-03T00:00:00Z&end=2026-01-01T00:00:00Z'],
    ['a start after the end, in other offsets', 'start=2026-01-01T02:00:00%2B00:00&end=2026-01-01T03:00:00%2B02:00'],
    ['a start in the future, the end defaulting to now', 'start=2999-01-01T00:00:00Z'],
  ])('is 400 naming start for %s', async (_case, query) => {
    expectProblem(await api.get(`/usage/summary?${query}`), 400, 'query.start');
  });

  it('defaults to the 7 days before now', async () => {
    const before = Date.now();
    const reply = await api.get('/usage/summary');
    const after = Date.now();
    const end = Date.parse(reply.body.end);
    expect(end >= before && end <= after).toBe(true);
    expect(end - Date.parse(reply.body.start)).toBe(7 * 86_400_000);
  });

  it('meters every authenticated call of the tenant as api_calls, the summary call included', async () => {
    const metered = await freshTenant();
    const calls = async () => (await metered.get('/usage/summary?metric=api_calls')).body.totals[0]?.quantity ?? 0;
    const first = await calls();
    await metered.get('/workflows');
    await metered.get('/memories');
    expect(await calls()).toBe(first + 3);
  });

  it.each([
    ['a start that is not RFC 3339', 'start=yesterday', 'query.start'],
    ['an end without an offset', 'end=2026-01-01T00:00:00', 'query.end'],
    ['an unknown granularity', 'granularity=week', 'query.granularity'],
    ['a bad metric name', 'metric=Bad%20Metric', 'query.metric'],
    ['an unknown parameter', 'tenant_id=ten_x', 'query.tenant_id'],
  ])('%s is 400 naming %s', async (_case, query, path) => {
    expectProblem(await api.get(`/usage/summary?${query}`), 400, path);
  });

  it('is 403 with an admin key', async () => {
    expectProblem(await ctx.admin.get('/usage/summary'), 403);
  });
});
