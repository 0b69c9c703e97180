import { tenantsSubscriptionCancel, tenantsSubscriptionRetrieve, tenantsSubscriptionUpdate } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { existingTenant } from './found.ts';

export const subscription = [
  handler(tenantsSubscriptionRetrieve, ({ store, tenantId }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.get(tenantId);
  }),
  handler(tenantsSubscriptionUpdate, ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.update(tenantId, body);
  }),
  handler(tenantsSubscriptionCancel, ({ store, tenantId }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.update(tenantId, { cancel_at_period_end: true });
  }),
];
