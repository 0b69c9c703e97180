import type { Handlers } from '../http/context.ts';
import { JsonText } from '../http/context.ts';
import { existingTenant, found, orConflict } from './found.ts';

export const tenants: Handlers = {
  create: ({ store, body }) => orConflict(store.tenants.create(body), `The slug "${body.slug}" is taken.`),
  list: ({ store, query }) => new JsonText(store.tenants.listJson(query.cursor ?? '', query.limit)),
  retrieve: ({ store, tenantId }) => new JsonText(found(store.tenants.getJson(tenantId), 'tenant')),
  update: ({ store, tenantId, body }) => store.tenants.update(existingTenant(store, tenantId), body),
  delete: ({ store, engine, tenantId }) => {
    existingTenant(store, tenantId);
    // Cancel first, so no running step writes for a tenant that no longer exists.
    engine.cancelAll(store.executions.unfinishedIdsOfTenant(tenantId));
    store.tenants.delete(tenantId);
  },
};
