// The Idempotency-Key sent on every POST unless the caller sets one. Generated once per call,
// before the first attempt, so every retry of that call replays rather than duplicates.
import { invalidInput } from './errors.js';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PREFIX } from './policy.js';

export function newIdempotencyKey(): string {
  return `${IDEMPOTENCY_KEY_PREFIX}${globalThis.crypto.randomUUID()}`;
}

/** A caller's key must be a header value: a CR or LF would split the request (refused as bad input). */
export function checkIdempotencyKey(key: string): string {
  if (/[\r\n]/.test(key)) throw invalidInput(`header.${IDEMPOTENCY_HEADER.toLowerCase()}`, `${IDEMPOTENCY_HEADER} must not contain CR or LF`);
  return key;
}
