import { createdAt, idParam, listOf, objectId, pageQuery, updatedAt } from './common.ts';
import { defineOperation, z } from './registry.ts';
import { TenantPath } from './tenants.ts';

export const PluginPermission = z.enum(['memory:read', 'memory:write', 'workflows:execute', 'usage:read']).openapi('PluginPermission', {
  description: "What a plugin is granted in its tenant: `memory:read` and `memory:write` the tenant's memories, `workflows:execute` start its workflows, `usage:read` read its usage.",
});
const permissions = z.array(PluginPermission).max(4).openapi({ description: 'What the plugin may do, up to 4 permissions.' });
const semver = z
  .string()
  .max(64)
  .regex(/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/)
  .openapi({ description: 'Semantic version.', example: '1.2.0' });
const PluginConfig = z.record(z.string(), z.unknown()).openapi('PluginConfig', { description: 'Plugin-specific settings.', example: { channel: '#ops' } });

const pluginExample = {
  id: 'plg_01jd5ee8ym0000000000000001',
  tenant_id: 'ten_01jd5ee8ym0000000000000001',
  name: 'slack-notifier',
  version: '1.2.0',
  permissions: ['memory:read'],
  enabled: true,
  config: { channel: '#ops' },
  created_at: '2026-11-23T09:00:00.000Z',
  updated_at: '2026-11-23T09:00:00.000Z',
};

export const Plugin = z
  .object({
    id: objectId('plugin', pluginExample.id),
    tenant_id: z.string().openapi({ description: 'Id of the tenant it is installed in.' }),
    name: z.string().openapi({ description: 'Name, unique within the tenant.' }),
    version: z.string().openapi({ description: 'Installed version (semantic versioning).' }),
    permissions: z.array(PluginPermission).openapi({ description: 'What the plugin may do.' }),
    enabled: z.boolean().openapi({ description: 'Whether the plugin is switched on.' }),
    config: PluginConfig,
    created_at: createdAt,
    updated_at: updatedAt,
  })
  .openapi('Plugin', { description: 'A plugin installed in a tenant.', example: pluginExample });

export const PluginInstallParams = z
  .strictObject({
    name: z.string().min(1).max(64).regex(/^[a-z][a-z0-9-]*$/).openapi({ description: 'Unique within the tenant.', example: 'slack-notifier' }),
    version: semver,
    permissions: permissions.default([]),
    enabled: z.boolean().default(true).openapi({ description: 'Whether the plugin starts switched on (default true).' }),
    config: PluginConfig.optional(),
  })
  .openapi('PluginInstallParams', { description: 'What a plugin is installed with.', example: { name: 'slack-notifier', version: '1.2.0', permissions: ['memory:read'], config: { channel: '#ops' } } });

export const PluginUpdateParams = z
  .strictObject({
    version: semver.optional(),
    permissions: permissions.optional(),
    enabled: z.boolean().optional().openapi({ description: 'Switch the plugin on or off.' }),
    config: PluginConfig.optional(),
  })
  .openapi('PluginUpdateParams', { description: 'The fields to change; a field left out keeps its value.', example: { enabled: false } });

export const PluginList = listOf('PluginList', Plugin, pluginExample);
export const PluginPath = z.strictObject({
  tenant_id: TenantPath.shape.tenant_id,
  plugin_id: idParam('plugin_id', pluginExample.id, 'Id of the plugin, `plg_...`.'),
});

export const tenantsPluginsInstall = defineOperation({
  resource: 'tenants.plugins', method: 'install', tag: 'plugins', http: 'post', path: '/tenants/{tenant_id}/plugins', access: 'admin_or_own_tenant',
  summary: 'Install a plugin', description: 'Plugin names are unique within a tenant; installing one twice is a 409.',
  params: TenantPath, body: PluginInstallParams, status: 201, response: Plugin, responseDescription: 'The installed plugin.',
});
export const tenantsPluginsList = defineOperation({
  resource: 'tenants.plugins', method: 'list', tag: 'plugins', http: 'get', path: '/tenants/{tenant_id}/plugins', access: 'admin_or_own_tenant',
  summary: 'List plugins', description: "The tenant's plugins, oldest first.", params: TenantPath, query: z.strictObject(pageQuery), status: 200, response: PluginList, responseDescription: 'A page of plugins.', paginated: true,
});
export const tenantsPluginsRetrieve = defineOperation({
  resource: 'tenants.plugins', method: 'retrieve', tag: 'plugins', http: 'get', path: '/tenants/{tenant_id}/plugins/{plugin_id}', access: 'admin_or_own_tenant',
  summary: 'Retrieve a plugin', description: 'One plugin of the tenant, by id.', params: PluginPath, status: 200, response: Plugin, responseDescription: 'The plugin.',
});
export const tenantsPluginsUpdate = defineOperation({
  resource: 'tenants.plugins', method: 'update', tag: 'plugins', http: 'patch', path: '/tenants/{tenant_id}/plugins/{plugin_id}', access: 'admin_or_own_tenant',
  summary: 'Update a plugin', description: 'Enable or disable it, change its version, permissions or config.',
  params: PluginPath, body: PluginUpdateParams, status: 200, response: Plugin, responseDescription: 'The updated plugin.',
});
export const tenantsPluginsUninstall = defineOperation({
  resource: 'tenants.plugins', method: 'uninstall', tag: 'plugins', http: 'delete', path: '/tenants/{tenant_id}/plugins/{plugin_id}', access: 'admin_or_own_tenant',
  summary: 'Uninstall a plugin', description: 'Removes the plugin from the tenant; its name may then be installed again.', params: PluginPath, status: 204, responseDescription: 'Uninstalled.',
});
