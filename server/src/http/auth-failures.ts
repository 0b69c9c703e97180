// Failed authentication per client address, in fixed windows: past the limit, that address is answered
// 429 (with Retry-After) before any key it sends is checked, so guessing keys cannot go faster than the
// limit, and a flood of bad keys costs one map lookup each.
import { Problem } from './problem.ts';
import type { RateLimitPolicy } from './rate-limit.ts';

export function createAuthFailureLimiter({ limit, windowSeconds }: RateLimitPolicy) {
  const windows = new Map<string, { start: number; count: number }>();
  const windowMs = windowSeconds * 1000;

  /** The address's current window, a fresh one once the last has ended (old ones are dropped then). */
  function windowOf(address: string, at: number) {
    const window = windows.get(address);
    if (window && at - window.start < windowMs) return window;
    if (window) windows.delete(address);
    return undefined;
  }

  return {
    /** Throws 429 while `address` is over its limit of failed authentications. */
    check(address: string, at = Date.now()) {
      const window = windowOf(address, at);
      if (!window || window.count < limit) return;
      // Rounded up, so a client that waits this long is never early.
      const reset = Math.max(1, Math.ceil((window.start + windowMs - at) / 1000));
      throw new Problem(429, `Too many failed authentications from this address (${limit} per ${windowSeconds} s); retry in ${reset} s.`, undefined, { 'Retry-After': String(reset) });
    },
    /** Counts one failed authentication from `address`. */
    record(address: string, at = Date.now()) {
      const window = windowOf(address, at) ?? { start: at, count: 0 };
      window.count += 1;
      windows.set(address, window);
    },
  };
}
export type AuthFailureLimiter = ReturnType<typeof createAuthFailureLimiter>;
