// The Idempotency-Key sent on every POST unless the caller sets one. Generated once per call,
// before the first attempt, so every retry of that call replays rather than duplicates.

export function newIdempotencyKey(): string {
  return `cognitionos-${globalThis.crypto.randomUUID()}`;
}
