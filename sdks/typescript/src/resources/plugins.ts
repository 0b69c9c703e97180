// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { Plugin, PluginInstallParams, PluginListParams, PluginUpdateParams } from '../types.js';

/** `client.tenants.plugins`: `install` (`POST /tenants/{tenant_id}/plugins`), `list` (`GET /tenants/{tenant_id}/plugins`), `retrieve` (`GET /tenants/{tenant_id}/plugins/{plugin_id}`), `update` (`PATCH /tenants/{tenant_id}/plugins/{plugin_id}`), `uninstall` (`DELETE /tenants/{tenant_id}/plugins/{plugin_id}`). */
export class Plugins extends APIResource {
  /**
   * Install a plugin: `POST /tenants/{tenant_id}/plugins`
   *
   * Plugin names are unique within a tenant; installing one twice is a 409.
   */
  install(tenantId: string, params: PluginInstallParams, options?: RequestOptions): APIPromise<Plugin> {
    return this._client.post(path('/tenants/{tenant_id}/plugins', { tenantId }), { body: params, ...options });
  }

  /**
   * List plugins: `GET /tenants/{tenant_id}/plugins`
   *
   * The tenant's plugins, oldest first.
   */
  list(tenantId: string, params: PluginListParams = {}, options?: RequestOptions): PagePromise<Plugin> {
    return this._client.getAPIList(path('/tenants/{tenant_id}/plugins', { tenantId }), { query: params, ...options });
  }

  /**
   * Retrieve a plugin: `GET /tenants/{tenant_id}/plugins/{plugin_id}`
   *
   * One plugin of the tenant, by id.
   */
  retrieve(tenantId: string, pluginId: string, options?: RequestOptions): APIPromise<Plugin> {
    return this._client.get(path('/tenants/{tenant_id}/plugins/{plugin_id}', { tenantId, pluginId }), { ...options });
  }

  /**
   * Update a plugin: `PATCH /tenants/{tenant_id}/plugins/{plugin_id}`
   *
   * Enable or disable it, change its version, permissions or config.
   */
  update(tenantId: string, pluginId: string, params: PluginUpdateParams = {}, options?: RequestOptions): APIPromise<Plugin> {
    return this._client.patch(path('/tenants/{tenant_id}/plugins/{plugin_id}', { tenantId, pluginId }), { body: params, ...options });
  }

  /**
   * Uninstall a plugin: `DELETE /tenants/{tenant_id}/plugins/{plugin_id}`
   *
   * Removes the plugin from the tenant; its name may then be installed again.
   */
  uninstall(tenantId: string, pluginId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path('/tenants/{tenant_id}/plugins/{plugin_id}', { tenantId, pluginId }), { ...options });
  }
}
