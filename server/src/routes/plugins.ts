import { tenantsPluginsInstall, tenantsPluginsList, tenantsPluginsRetrieve, tenantsPluginsUninstall, tenantsPluginsUpdate } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { existingTenant, found, orConflict } from './found.ts';

export const plugins = [
  handler(tenantsPluginsInstall, ({ store, tenantId, body }) => {
    existingTenant(store, tenantId);
    return orConflict(store.plugins.install(tenantId, body), `A plugin named "${body.name}" is already installed.`);
  }),
  handler(tenantsPluginsList, ({ store, tenantId, query }) => {
    existingTenant(store, tenantId);
    return store.plugins.list(tenantId, query.cursor ?? '', query.limit);
  }),
  handler(tenantsPluginsRetrieve, ({ store, tenantId, params }) => found(store.plugins.get(tenantId, params.plugin_id), 'plugin')),
  handler(tenantsPluginsUpdate, ({ store, tenantId, params, body }) => store.plugins.update(found(store.plugins.get(tenantId, params.plugin_id), 'plugin'), body)),
  handler(tenantsPluginsUninstall, ({ store, tenantId, params }) => {
    found(store.plugins.get(tenantId, params.plugin_id), 'plugin');
    store.plugins.uninstall(params.plugin_id);
  }),
];
