// Backoff, Retry-After and which calls are retried, on a faked clock: the schedule is exact.
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APIConnectionError, InternalServerError, RateLimitError, BadRequestError } from '../../src/index.js';
import {
  ERROR_CLASSES, IDEMPOTENCY_KEY_MAKES_RETRYABLE, INITIAL_DELAY_MS, JITTER, MAX_DELAY_MS, MAX_RETRY_AFTER_MS, REPEATABLE_METHODS, RETRYABLE_STATUSES, RETRY_SERVER_ERRORS,
} from '../../src/internal/policy.js';
import { isRepeatable, isRetryableStatus, retryAfterMs, retryDelayMs } from '../../src/internal/retry.js';
import { answersInTurn, BASE_URL, json, newClient, problem, seen, server, tenant } from './mock-server.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Runs a call to completion on the fake clock; answers its outcome and the gaps between attempts. */
async function run<T>(call: PromiseLike<T>): Promise<{ value?: T; error?: unknown; gaps: number[]; attempts: number }> {
  const settled = Promise.resolve(call).then((value): { value?: T; error?: unknown } => ({ value }), (error: unknown) => ({ error }));
  await vi.runAllTimersAsync();
  const outcome = await settled;
  const gaps = seen.slice(1).map((request, i) => request.at - seen[i]!.at);
  return { ...outcome, gaps, attempts: seen.length };
}

// The schedule the policy describes: INITIAL_DELAY_MS doubling, capped at MAX_DELAY_MS, minus JITTER * random.
const policyDelay = (retry: number, random: number) => Math.min(INITIAL_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS) * (1 - JITTER * random);

describe('backoff schedule', () => {
  it.each([1, 2, 3, 5, 9].flatMap((retry) => [[retry, 0, policyDelay(retry, 0)], [retry, 1, policyDelay(retry, 1)]]))('retry %i with random %d waits %d ms', (retry, random, expected) => {
    expect(retryDelayMs(retry, undefined, () => random)).toBe(expected);
  });

  it('stops doubling at the cap', () => {
    expect(retryDelayMs(20, undefined, () => 0)).toBe(MAX_DELAY_MS);
  });

  const statusTable: Array<[number, boolean]> = [
    ...RETRYABLE_STATUSES.map((status): [number, boolean] => [status, true]),
    [500, RETRY_SERVER_ERRORS],
    [503, RETRY_SERVER_ERRORS],
    ...Object.keys(ERROR_CLASSES).map(Number).filter((s) => !(RETRYABLE_STATUSES as readonly number[]).includes(s)).map((status): [number, boolean] => [status, false]),
  ];
  it.each(statusTable)('status %i is retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  const methodTable: Array<[string, boolean, boolean]> = [
    ...REPEATABLE_METHODS.map((method): [string, boolean, boolean] => [method, false, true]),
    ['POST', false, false],
    ['PATCH', true, IDEMPOTENCY_KEY_MAKES_RETRYABLE],
  ];
  it.each(methodTable)('%s (with a key: %s) may be repeated: %s', (method, withKey, expected) => {
    expect(isRepeatable(method, new Headers(withKey ? { 'idempotency-key': 'k' } : {}))).toBe(expected);
  });

  it.each([
    ['3', 3000],
    ['0.5', 500],
    ['Mon, 23 Nov 2026 09:00:05 GMT', 5000],
    ['soon', undefined],
    [null, undefined],
  ])('reads Retry-After %s as %s ms', (value, expected) => {
    expect(retryAfterMs(value, NOW)).toBe(expected);
  });

  it('ignores a Retry-After that is negative or beyond the policy cap', () => {
    expect(retryDelayMs(1, -1000, () => 0)).toBe(INITIAL_DELAY_MS);
    expect(retryDelayMs(1, MAX_RETRY_AFTER_MS + 1, () => 0)).toBe(INITIAL_DELAY_MS);
    expect(retryDelayMs(1, MAX_RETRY_AFTER_MS, () => 0)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('retry loop', () => {
  it('retries 503 with 0.5 s doubling backoff, then succeeds', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([() => problem(503, 'Unavailable', 'busy'), () => problem(503, 'Unavailable', 'busy'), () => json(tenant)])));
    const { value, gaps, attempts } = await run(newClient().tenants.retrieve('ten_1'));
    expect(value).toEqual(tenant);
    expect(attempts).toBe(3);
    expect(gaps).toEqual([500, 1000]);
  });

  it('applies up to 25% jitter', async () => {
    vi.mocked(Math.random).mockReturnValue(1);
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([() => problem(500, 'Oops', 'x'), () => json(tenant)])));
    expect((await run(newClient().tenants.retrieve('ten_1'))).gaps).toEqual([375]);
  });

  it('waits out a 429 for its Retry-After seconds', async () => {
    const limited = () => new Response(null, { status: 429, headers: { 'retry-after': '3' } });
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([limited, () => json(tenant)])));
    const { value, gaps } = await run(newClient().tenants.retrieve('ten_1'));
    expect(value).toEqual(tenant);
    expect(gaps).toEqual([3000]);
  });

  it('honours a Retry-After given as an HTTP-date', async () => {
    const limited = () => new Response(null, { status: 429, headers: { 'retry-after': new Date(NOW + 4000).toUTCString() } });
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([limited, () => json(tenant)])));
    expect((await run(newClient().tenants.retrieve('ten_1'))).gaps).toEqual([4000]);
  });

  it.each([408, 409, 429, 500, 502, 503, 504])('retries status %i', async (status) => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([() => new Response(null, { status }), () => json(tenant)])));
    expect((await run(newClient().tenants.retrieve('ten_1'))).attempts).toBe(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry status %i', async (status) => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(status, 'No', 'no')));
    expect((await run(newClient().tenants.retrieve('ten_1'))).attempts).toBe(1);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(503, 'Unavailable', 'busy')));
    const { error, attempts } = await run(newClient({ maxRetries: 3 }).tenants.retrieve('ten_1'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(attempts).toBe(4);
  });

  it('lets a request override the client maxRetries', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => new Response(null, { status: 429 })));
    const { error, attempts } = await run(newClient().tenants.retrieve('ten_1', { maxRetries: 0 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(attempts).toBe(1);
  });

  it('retries connection errors, then throws APIConnectionError', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => HttpResponse.error()));
    const { error, attempts, gaps } = await run(newClient().tenants.retrieve('ten_1'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(attempts).toBe(3);
    expect(gaps).toEqual([500, 1000]);
  });

  it('does not retry a PATCH without an idempotency key', async () => {
    server.use(http.patch(`${BASE_URL}/tenants/ten_1`, () => problem(503, 'Unavailable', 'busy')));
    expect((await run(newClient().tenants.update('ten_1', { name: 'B' }))).attempts).toBe(1);
  });

  it('retries a PATCH that carries an idempotency key', async () => {
    server.use(http.patch(`${BASE_URL}/tenants/ten_1`, answersInTurn([() => problem(503, 'Unavailable', 'busy'), () => json(tenant)])));
    const { value, attempts } = await run(newClient().tenants.update('ten_1', { name: 'B' }, { idempotencyKey: 'k1' }));
    expect(value).toEqual(tenant);
    expect(attempts).toBe(2);
  });

  it('numbers retries in CognitionOS-Retry-Count, absent on the first attempt', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => problem(503, 'Unavailable', 'busy')));
    await run(newClient().tenants.create({ name: 'Acme' }));
    expect(seen.map((r) => r.headers.get('cognitionos-retry-count'))).toEqual([null, '1', '2']);
  });

  it('throws a non-retryable error at once, with its class', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => problem(400, 'Invalid request', 'name: Required')));
    const { error } = await run(newClient().tenants.create({ name: '' }));
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
