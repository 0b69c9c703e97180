import { tenantsCreate, tenantsDelete, tenantsList, tenantsRetrieve, tenantsUpdate } from '../../../spec/src/index.ts';
import { JsonText } from '../http/context.ts';
import { handler } from '../http/handler.ts';
import { existingTenant, found, orConflict } from './found.ts';

export const tenants = [
  handler(tenantsCreate, ({ store, body }) => orConflict(store.tenants.create(body), `The slug "${body.slug}" is taken.`)),
  handler(tenantsList, ({ store, query }) => new JsonText(store.tenants.listJson(query.cursor ?? '', query.limit))),
  handler(tenantsRetrieve, ({ store, tenantId }) => new JsonText(found(store.tenants.getJson(tenantId), 'tenant'))),
  handler(tenantsUpdate, ({ store, tenantId, body }) => store.tenants.update(existingTenant(store, tenantId), body)),
  handler(tenantsDelete, ({ store, engine, tenantId }) => {
    existingTenant(store, tenantId);
    // Cancel first, so no running step writes for a tenant that no longer exists.
    engine.cancelAll(store.executions.unfinishedIdsOfTenant(tenantId));
    store.tenants.delete(tenantId);
  }),
];
