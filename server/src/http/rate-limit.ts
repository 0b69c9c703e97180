// Fixed-window rate limit per key, announced with the IETF draft's RateLimit-Policy / RateLimit fields.
import { Problem } from './problem.ts';

/** COGNITIONOS_RATE_LIMIT (see settings.ts). */
export interface RateLimitPolicy { limit: number; windowSeconds: number }

export function createRateLimiter({ limit, windowSeconds }: RateLimitPolicy) {
  const windows = new Map<string, { start: number; count: number }>();
  const windowMs = windowSeconds * 1000;
  const policy = `"default";q=${limit};w=${windowSeconds}`;

  /** Counts one request for `keyId`; returns the headers to send, or throws 429 with Retry-After. */
  return function consume(keyId: string, at = Date.now()): Record<string, string> {
    let window = windows.get(keyId);
    if (!window || at - window.start >= windowMs) {
      window = { start: at, count: 0 };
      windows.set(keyId, window);
    }
    // Rounded up, so a client that waits this long is never early.
    const reset = Math.max(1, Math.ceil((window.start + windowMs - at) / 1000));
    if (window.count >= limit) {
      throw new Problem(429, `Rate limit of ${limit} requests per ${windowSeconds} s exceeded; retry in ${reset} s.`, undefined, {
        'RateLimit-Policy': policy,
        RateLimit: `"default";r=0;t=${reset}`,
        'Retry-After': String(reset),
      });
    }
    window.count += 1;
    return { 'RateLimit-Policy': policy, RateLimit: `"default";r=${limit - window.count};t=${reset}` };
  };
}
