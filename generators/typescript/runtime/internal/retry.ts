// When to retry, and how long to wait, by the one client policy: which errors and statuses, only for
// requests that are safe to repeat; exponential backoff minus jitter so clients that failed together
// do not retry together; a sane Retry-After (seconds or HTTP-date) wins.

import { APIConnectionError, APITimeoutError, type APIError } from '../core/errors.js';
import {
  IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_MAKES_RETRYABLE, INITIAL_DELAY_MS, JITTER, MAX_DELAY_MS, MAX_RETRY_AFTER_MS,
  REPEATABLE_METHODS, RETRYABLE_STATUSES, RETRY_CONNECTION_ERRORS, RETRY_SERVER_ERRORS, RETRY_TIMEOUTS, SHOULD_RETRY_HEADER,
} from './policy.js';

// The numbers are generators/policy/policy.json's. A Retry-After beyond MAX_RETRY_AFTER_MS is a sign
// of an outage, not of a short pause: backoff is used instead.

export function isRepeatable(method: string, headers: Headers): boolean {
  return (REPEATABLE_METHODS as readonly string[]).includes(method) || (IDEMPOTENCY_KEY_MAKES_RETRYABLE && headers.has(IDEMPOTENCY_HEADER));
}

/**
 * Whether an error answer may be retried. The server's `x-should-retry: true|false` decides first:
 * it knows whether a 409 is a key still in progress or a state that will not change. Without it,
 * the policy's status table.
 */
export function shouldRetry(status: number, headers: Headers): boolean {
  const verdict = headers.get(SHOULD_RETRY_HEADER)?.trim().toLowerCase();
  if (verdict === 'true') return true;
  if (verdict === 'false') return false;
  return isRetryableStatus(status);
}

export function isRetryableStatus(status: number): boolean {
  return (RETRYABLE_STATUSES as readonly number[]).includes(status) || (RETRY_SERVER_ERRORS && status >= 500);
}

/** An attempt that ended without an answer: a timeout or a connection error (never the caller's abort). */
export function isRetryableError(error: APIError): boolean {
  if (error instanceof APITimeoutError) return RETRY_TIMEOUTS;
  return error instanceof APIConnectionError && RETRY_CONNECTION_ERRORS;
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
