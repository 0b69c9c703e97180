// A per-tenant budget of the server's time: the synchronous work of a tenant's calls (what blocks every
// other request while it runs) is drawn from a bucket that refills at `ms` per `seconds`. A tenant whose
// bucket is empty gets 429 with Retry-After until it has refilled, so one tenant's heavy calls (long
// searches over a large store) cannot hold the server from every other tenant.
import { Problem } from './problem.ts';

/** COGNITIONOS_COST_BUDGET (see settings.ts): `ms` of work per `seconds`, also the most a tenant can save up. */
export interface CostBudgetPolicy { ms: number; seconds: number }

export function createCostBudget({ ms, seconds }: CostBudgetPolicy) {
  const perMs = ms / (seconds * 1000);
  const buckets = new Map<string, { left: number; at: number }>();

  /** The tenant's bucket, refilled for the time since it was last read. */
  function bucketOf(tenantId: string, at: number) {
    const bucket = buckets.get(tenantId);
    if (!bucket) {
      const full = { left: ms, at };
      buckets.set(tenantId, full);
      return full;
    }
    bucket.left = Math.min(ms, bucket.left + (at - bucket.at) * perMs);
    bucket.at = at;
    return bucket;
  }

  return {
    /** Throws 429 while the tenant's bucket is empty; Retry-After says when it holds work again. */
    check(tenantId: string, at = performance.now()) {
      const { left } = bucketOf(tenantId, at);
      if (left > 0) return;
      const retryAfter = Math.max(1, Math.ceil(-left / perMs / 1000));
      throw new Problem(429, `This tenant used its share of the server's time (${ms} ms per ${seconds} s); retry in ${retryAfter} s.`, undefined, { 'Retry-After': String(retryAfter) });
    },
    /** Draws what a call took from its tenant's bucket (it may go below empty: the next calls wait longer). */
    charge(tenantId: string, tookMs: number, at = performance.now()) {
      bucketOf(tenantId, at).left -= tookMs;
    },
  };
}
export type CostBudget = ReturnType<typeof createCostBudget>;
