import type { Handlers } from '../http/context.ts';
import { existingTenant, found } from './found.ts';

export const apiKeys: Handlers = {
  create: ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return store.apiKeys.create(tenantId, body.name);
  },
  list: ({ store, tenantId, query }) => {
    existingTenant(store, tenantId);
    return store.apiKeys.list(tenantId, query.cursor ?? '', query.limit);
  },
  retrieve: ({ store, tenantId, params }) => found(store.apiKeys.get(tenantId, params.key_id), 'API key'),
  revoke: ({ store, tenantId, params }) => {
    found(store.apiKeys.get(tenantId, params.key_id), 'API key');
    return store.apiKeys.revoke(tenantId, params.key_id);
  },
};
