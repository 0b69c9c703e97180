// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.Page;
import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Plugin;
import io.cognitionos.models.PluginInstallParams;
import io.cognitionos.models.PluginListParams;
import io.cognitionos.models.PluginUpdateParams;

/** The tenants.plugins operations. */
public final class TenantsPluginsService {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsPluginsService(ClientCore core) {
        this.core = core;
    }

    /**
     * Install a plugin.
     * <p>Plugin names are unique within a tenant; installing one twice is a 409.
     * <p>Sends {@code POST /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link PluginInstallParams}
     * @return the {@link Plugin}
     */
    public Plugin install(String tenantId, PluginInstallParams params) {
        return install(tenantId, params, RequestOptions.none());
    }

    /**
     * Install a plugin.
     * <p>Plugin names are unique within a tenant; installing one twice is a 409.
     * <p>Sends {@code POST /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link PluginInstallParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Plugin}
     */
    public Plugin install(String tenantId, PluginInstallParams params, RequestOptions options) {
        return core.call("POST", "/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Plugin::new));
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link PluginListParams}; null leaves every field out (no query)
     * @return the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Plugin> list(String tenantId, PluginListParams params) {
        return list(tenantId, params, RequestOptions.none());
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Plugin> list(String tenantId) {
        return list(tenantId, null, RequestOptions.none());
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link PluginListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Plugin> list(String tenantId, PluginListParams params, RequestOptions options) {
        return core.page("/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), params, options, Json.model(Plugin::new));
    }

    /**
     * Retrieve a plugin.
     * <p>One plugin of the tenant, by id.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @return the {@link Plugin}
     */
    public Plugin retrieve(String tenantId, String pluginId) {
        return retrieve(tenantId, pluginId, RequestOptions.none());
    }

    /**
     * Retrieve a plugin.
     * <p>One plugin of the tenant, by id.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Plugin}
     */
    public Plugin retrieve(String tenantId, String pluginId, RequestOptions options) {
        return core.call("GET", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, Json.model(Plugin::new));
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @param params the {@link PluginUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return the {@link Plugin}
     */
    public Plugin update(String tenantId, String pluginId, PluginUpdateParams params) {
        return update(tenantId, pluginId, params, RequestOptions.none());
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @return the {@link Plugin}
     */
    public Plugin update(String tenantId, String pluginId) {
        return update(tenantId, pluginId, null, RequestOptions.none());
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @param params the {@link PluginUpdateParams}; null leaves every field out (the body is {@code {}})
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Plugin}
     */
    public Plugin update(String tenantId, String pluginId, PluginUpdateParams params, RequestOptions options) {
        return core.call("PATCH", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, Wire.body(params), options, Json.model(Plugin::new));
    }

    /**
     * Uninstall a plugin.
     * <p>Removes the plugin from the tenant; its name may then be installed again.
     * <p>Sends {@code DELETE /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     */
    public void uninstall(String tenantId, String pluginId) {
        uninstall(tenantId, pluginId, RequestOptions.none());
    }

    /**
     * Uninstall a plugin.
     * <p>Removes the plugin from the tenant; its name may then be installed again.
     * <p>Sends {@code DELETE /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     */
    public void uninstall(String tenantId, String pluginId, RequestOptions options) {
        core.call("DELETE", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, json -> null);
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Install a plugin.
         * <p>Plugin names are unique within a tenant; installing one twice is a 409.
         * <p>Sends {@code POST /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link PluginInstallParams}
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> install(String tenantId, PluginInstallParams params) {
            return install(tenantId, params, RequestOptions.none());
        }

        /**
         * Install a plugin.
         * <p>Plugin names are unique within a tenant; installing one twice is a 409.
         * <p>Sends {@code POST /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link PluginInstallParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> install(String tenantId, PluginInstallParams params, RequestOptions options) {
            return core.callRaw("POST", "/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Plugin::new));
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link PluginListParams}; null leaves every field out (no query)
         * @return the status and headers, beside the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Plugin>> list(String tenantId, PluginListParams params) {
            return list(tenantId, params, RequestOptions.none());
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return the status and headers, beside the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Plugin>> list(String tenantId) {
            return list(tenantId, null, RequestOptions.none());
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link PluginListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Plugin>> list(String tenantId, PluginListParams params, RequestOptions options) {
            return core.pageRaw("/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), params, options, Json.model(Plugin::new));
        }

        /**
         * Retrieve a plugin.
         * <p>One plugin of the tenant, by id.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> retrieve(String tenantId, String pluginId) {
            return retrieve(tenantId, pluginId, RequestOptions.none());
        }

        /**
         * Retrieve a plugin.
         * <p>One plugin of the tenant, by id.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> retrieve(String tenantId, String pluginId, RequestOptions options) {
            return core.callRaw("GET", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, Json.model(Plugin::new));
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @param params the {@link PluginUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> update(String tenantId, String pluginId, PluginUpdateParams params) {
            return update(tenantId, pluginId, params, RequestOptions.none());
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> update(String tenantId, String pluginId) {
            return update(tenantId, pluginId, null, RequestOptions.none());
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @param params the {@link PluginUpdateParams}; null leaves every field out (the body is {@code {}})
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Plugin}
         */
        public RawResponse<Plugin> update(String tenantId, String pluginId, PluginUpdateParams params, RequestOptions options) {
            return core.callRaw("PATCH", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, Wire.body(params), options, Json.model(Plugin::new));
        }

        /**
         * Uninstall a plugin.
         * <p>Removes the plugin from the tenant; its name may then be installed again.
         * <p>Sends {@code DELETE /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @return the status and headers (no value)
         */
        public RawResponse<Void> uninstall(String tenantId, String pluginId) {
            return uninstall(tenantId, pluginId, RequestOptions.none());
        }

        /**
         * Uninstall a plugin.
         * <p>Removes the plugin from the tenant; its name may then be installed again.
         * <p>Sends {@code DELETE /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers (no value)
         */
        public RawResponse<Void> uninstall(String tenantId, String pluginId, RequestOptions options) {
            return core.callRaw("DELETE", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, json -> null);
        }
    }
}
