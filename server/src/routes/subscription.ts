import { tenantsSubscriptionCancel, tenantsSubscriptionRetrieve, tenantsSubscriptionUpdate } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { existingTenant } from './found.ts';

export const subscription = {
  retrieve: handler(tenantsSubscriptionRetrieve, ({ store, tenantId }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.get(tenantId);
  }),
  update: handler(tenantsSubscriptionUpdate, ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.update(tenantId, body);
  }),
  cancel: handler(tenantsSubscriptionCancel, ({ store, tenantId }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.update(tenantId, { cancel_at_period_end: true });
  }),
};
