// The `middleware` option: functions around each attempt, the first one outermost; a retried call
// passes through them once per attempt, and each sees that attempt's answer.
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Middleware } from '../../src/index.js';
import { answersInTurn, BASE_URL, json, newClient, problem, seen, server, tenant } from './mock-server.js';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('middleware', () => {
  it('runs around every attempt in order, seeing the retry count and each outcome', async () => {
    const trail: string[] = [];
    const outer: Middleware = async (request, next) => {
      trail.push(`outer ${request.headers['cognitionos-retry-count'] ?? '-'}`);
      const response = await next(request);
      trail.push(`outer got ${response.status}`);
      return response;
    };
    const inner: Middleware = async (request, next) => {
      trail.push('inner');
      return next(request);
    };
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([() => problem(503, 'Unavailable', 'busy'), () => json(tenant)])));
    const call = newClient({ middleware: [outer, inner] }).tenants.retrieve('ten_1');
    await vi.runAllTimersAsync();
    expect(await call).toEqual(tenant);
    expect(trail).toEqual(['outer -', 'inner', 'outer got 503', 'outer 1', 'inner', 'outer got 200']);
  });

  it('may change the request and replace the answer', async () => {
    const addHeader: Middleware = (request, next) => next({ ...request, headers: { ...request.headers, 'x-team': 'billing' } });
    const rename: Middleware = async (request, next) => {
      const response = await next(request);
      return { ...response, body: JSON.stringify({ ...JSON.parse(response.body), name: 'Renamed' }) };
    };
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    const read = await newClient({ middleware: [rename, addHeader] }).tenants.retrieve('ten_1');
    expect(read.name).toBe('Renamed');
    expect(seen[0]!.headers.get('x-team')).toBe('billing');
  });
});
