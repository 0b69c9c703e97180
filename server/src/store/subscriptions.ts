import type { z } from 'zod';
import type { Subscription as SubscriptionSchema, SubscriptionUpdateParams } from '../../../spec/src/index.ts';
import { now, type Db } from './db.ts';

export type Subscription = z.output<typeof SubscriptionSchema>;
/** The table's row: the spec's Subscription with the flag as 0/1 and the status derived. */
type SubscriptionRow = Omit<Subscription, 'cancel_at_period_end' | 'status'> & { cancel_at_period_end: number };

/** `status` is derived, not stored: a subscription set to cancel is canceled once its period has ended. */
function toSubscription(row: SubscriptionRow): Subscription {
  const cancel = row.cancel_at_period_end === 1;
  const ended = Date.parse(row.current_period_end) <= Date.now();
  return { ...row, cancel_at_period_end: cancel, status: cancel && ended ? 'canceled' : 'active' };
}

export function subscriptionStore(db: Db) {
  const byTenant = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE tenant_id = ?');
  const update = db.prepare(
    'UPDATE subscriptions SET plan = @plan, seats = @seats, cancel_at_period_end = @cancel, updated_at = @updated_at WHERE tenant_id = @tenant_id',
  );
  const get = (tenantId: string) => toSubscription(byTenant.get(tenantId)!);
  return {
    get,
    update(tenantId: string, changes: z.output<typeof SubscriptionUpdateParams>) {
      const current = get(tenantId);
      const next = { ...current, ...changes };
      update.run({ tenant_id: tenantId, plan: next.plan, seats: next.seats, cancel: next.cancel_at_period_end ? 1 : 0, updated_at: now() });
      return get(tenantId);
    },
  };
}
