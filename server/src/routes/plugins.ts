import type { Handlers } from '../http/context.ts';
import { existingTenant, found, orConflict } from './found.ts';

export const plugins: Handlers = {
  install: ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return orConflict(store.plugins.install(tenantId, body), `A plugin named "${body.name}" is already installed.`);
  },
  list: ({ store, tenantId, query }) => {
    existingTenant(store, tenantId);
    return store.plugins.list(tenantId, query.cursor ?? '', query.limit);
  },
  retrieve: ({ store, tenantId, params }) => found(store.plugins.get(tenantId, params.plugin_id), 'plugin'),
  update: ({ store, tenantId, params, body }) => store.plugins.update(found(store.plugins.get(tenantId, params.plugin_id), 'plugin'), body),
  uninstall: ({ store, tenantId, params }) => {
    found(store.plugins.get(tenantId, params.plugin_id), 'plugin');
    store.plugins.uninstall(params.plugin_id);
  },
};
