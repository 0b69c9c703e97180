import type { Handlers } from '../http/context.ts';
import { conflict } from '../http/problem.ts';
import { existingTenant } from './found.ts';

export const tenants: Handlers = {
  create: ({ store, body }) => store.tenants.create(body) ?? Promise.reject(conflict(`The slug "${body.slug}" is taken.`)),
  list: ({ store, query }) => store.tenants.list(query.cursor ?? '', query.limit),
  retrieve: ({ store, tenantId }) => existingTenant(store, tenantId),
  update: ({ store, tenantId, body }) => store.tenants.update(existingTenant(store, tenantId), body),
  delete: ({ store, engine, tenantId }) => {
    existingTenant(store, tenantId);
    // Cancel first, so no running step writes for a tenant that no longer exists.
    engine.cancelAll(store.executions.unfinishedIdsOfTenant(tenantId));
    store.tenants.delete(tenantId);
  },
};
