import { tenantsApiKeysCreate, tenantsApiKeysList, tenantsApiKeysRetrieve, tenantsApiKeysRevoke } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { existingTenant, found } from './found.ts';

export const apiKeys = [
  handler(tenantsApiKeysCreate, ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return store.apiKeys.create(tenantId, body.name);
  }),
  handler(tenantsApiKeysList, ({ store, tenantId, query }) => {
    existingTenant(store, tenantId);
    return store.apiKeys.list(tenantId, query.cursor ?? '', query.limit);
  }),
  handler(tenantsApiKeysRetrieve, ({ store, tenantId, params }) => found(store.apiKeys.get(tenantId, params.key_id), 'API key')),
  handler(tenantsApiKeysRevoke, ({ store, tenantId, params }) => {
    found(store.apiKeys.get(tenantId, params.key_id), 'API key');
    return store.apiKeys.revoke(tenantId, params.key_id);
  }),
];
