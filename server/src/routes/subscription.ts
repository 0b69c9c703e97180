import type { Handlers } from '../http/context.ts';
import { existingTenant } from './found.ts';

export const subscription: Handlers = {
  retrieve: ({ store, tenantId }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.get(tenantId);
  },
  update: ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.update(tenantId, body);
  },
  cancel: ({ store, tenantId }) => {
    existingTenant(store, tenantId);
    return store.subscriptions.update(tenantId, { cancel_at_period_end: true });
  },
};
