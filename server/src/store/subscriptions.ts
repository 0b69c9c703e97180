import { now, type Db } from './db.ts';

interface SubscriptionRow { tenant_id: string; plan: string; seats: number; cancel_at_period_end: number; current_period_start: string; current_period_end: string; created_at: string; updated_at: string }

/** `status` is derived, not stored: a subscription set to cancel is canceled once its period has ended. */
function toSubscription(row: SubscriptionRow) {
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
    update(tenantId: string, changes: { plan?: string; seats?: number; cancel_at_period_end?: boolean }) {
      const current = get(tenantId);
      const next = { ...current, ...changes };
      update.run({ tenant_id: tenantId, plan: next.plan, seats: next.seats, cancel: next.cancel_at_period_end ? 1 : 0, updated_at: now() });
      return get(tenantId);
    },
  };
}
