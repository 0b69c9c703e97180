// When to retry, and how long to wait. Retried: connection errors, timeouts, 408, 409, 429 and
// 5xx, but only for requests that are safe to repeat (GET, DELETE, or carrying an
// Idempotency-Key). Waits 0.5 s doubling up to 8 s, minus up to 25% jitter so clients that failed
// together do not retry together; a sane Retry-After (seconds or HTTP-date) wins.

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const JITTER = 0.25;
// A Retry-After beyond this is a sign of an outage, not of a short pause: fall back to backoff.
const MAX_RETRY_AFTER_MS = 60_000;
const REPEATABLE_METHODS = new Set(['GET', 'DELETE']);

export function isRepeatable(method: string, headers: Headers): boolean {
  return REPEATABLE_METHODS.has(method) || headers.has('idempotency-key');
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Retry-After in milliseconds, from integer/decimal seconds or an HTTP-date; undefined if absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Milliseconds to wait before retry number `retry` (1-based). */
export function retryDelayMs(retry: number, retryAfter: number | undefined, random = Math.random): number {
  if (retryAfter !== undefined && retryAfter >= 0 && retryAfter <= MAX_RETRY_AFTER_MS) return retryAfter;
  const base = Math.min(INITIAL_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS);
  return base * (1 - JITTER * random());
}
