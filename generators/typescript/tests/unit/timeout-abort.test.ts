// Each attempt has its own timeout (an APITimeoutError, retried like a connection error); the
// caller's AbortSignal ends the call at once, between attempts too, and is never retried.
import { delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from '../../src/index.js';
import { BASE_URL, json, newClient, problem, seen, server, tenant } from './mock-server.js';

afterEach(() => vi.restoreAllMocks());

const slow = http.get(`${BASE_URL}/tenants/ten_1`, async () => {
  await delay(2_000);
  return json(tenant);
});

describe('timeouts', () => {
  it('ends a slow attempt with APITimeoutError', async () => {
    // The slow answer is a success: only the client's own timeout can make this call fail.
    server.use(slow);
    const error = await newClient({ timeout: 50, maxRetries: 0 }).tenants.retrieve('ten_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe('GET /tenants/{tenant_id}: Request timed out after 50 ms');
  });

  it('retries a timed-out attempt', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/tenants/ten_1`, async () => {
        if (calls++ === 0) await delay(2_000);
        return json(tenant);
      }),
    );
    expect(await newClient({ timeout: 100, maxRetries: 1 }).tenants.retrieve('ten_1')).toEqual(tenant);
    expect(seen).toHaveLength(2);
  });

  it('takes a per-request timeout over the client one', async () => {
    server.use(slow);
    const error = await newClient({ timeout: 60_000 }).tenants.retrieve('ten_1', { timeout: 30, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
  });
});

describe('abort', () => {
  it('ends a call in flight with APIUserAbortError and does not retry', async () => {
    server.use(slow);
    const controller = new AbortController();
    const call = newClient().tenants.retrieve('ten_1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(1);
  });

  it('ends a call waiting between retries', async () => {
    // Retry-After 60 s: a wait the abort did not end would outlast the test's own time limit.
    const busy = () => {
      const answer = problem(503, 'Unavailable', 'busy');
      answer.headers.set('retry-after', '60');
      return answer;
    };
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, busy));
    const controller = new AbortController();
    const call = newClient().tenants.retrieve('ten_1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(1);
  });

  it('does not start with an already aborted signal', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    await expect(newClient().tenants.retrieve('ten_1', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(0);
  });
});
