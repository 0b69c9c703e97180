// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.AsyncPage;
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
import java.util.concurrent.CompletableFuture;

/** The tenants.plugins operations, each answering a CompletableFuture. */
public final class TenantsPluginsServiceAsync {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsPluginsServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Install a plugin.
     * <p>Plugin names are unique within a tenant; installing one twice is a 409.
     */
    public CompletableFuture<Plugin> install(String tenantId, PluginInstallParams params) {
        return install(tenantId, params, RequestOptions.none());
    }

    /**
     * Install a plugin.
     * <p>Plugin names are unique within a tenant; installing one twice is a 409.
     */
    public CompletableFuture<Plugin> install(String tenantId, PluginInstallParams params, RequestOptions options) {
        return core.callAsync("POST", "/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Plugin::new));
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     */
    public CompletableFuture<AsyncPage<Plugin>> list(String tenantId, PluginListParams params) {
        return list(tenantId, params, RequestOptions.none());
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     */
    public CompletableFuture<AsyncPage<Plugin>> list(String tenantId) {
        return list(tenantId, null, RequestOptions.none());
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     */
    public CompletableFuture<AsyncPage<Plugin>> list(String tenantId, PluginListParams params, RequestOptions options) {
        return core.pageAsync("/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), params, options, Json.model(Plugin::new));
    }

    /**
     * Retrieve a plugin.
     * <p>One plugin of the tenant, by id.
     */
    public CompletableFuture<Plugin> retrieve(String tenantId, String pluginId) {
        return retrieve(tenantId, pluginId, RequestOptions.none());
    }

    /**
     * Retrieve a plugin.
     * <p>One plugin of the tenant, by id.
     */
    public CompletableFuture<Plugin> retrieve(String tenantId, String pluginId, RequestOptions options) {
        return core.callAsync("GET", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, Json.model(Plugin::new));
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     */
    public CompletableFuture<Plugin> update(String tenantId, String pluginId, PluginUpdateParams params) {
        return update(tenantId, pluginId, params, RequestOptions.none());
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     */
    public CompletableFuture<Plugin> update(String tenantId, String pluginId) {
        return update(tenantId, pluginId, null, RequestOptions.none());
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     */
    public CompletableFuture<Plugin> update(String tenantId, String pluginId, PluginUpdateParams params, RequestOptions options) {
        return core.callAsync("PATCH", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, Wire.body(params), options, Json.model(Plugin::new));
    }

    /**
     * Uninstall a plugin.
     * <p>Removes the plugin from the tenant; its name may then be installed again.
     */
    public CompletableFuture<Void> uninstall(String tenantId, String pluginId) {
        return uninstall(tenantId, pluginId, RequestOptions.none());
    }

    /**
     * Uninstall a plugin.
     * <p>Removes the plugin from the tenant; its name may then be installed again.
     */
    public CompletableFuture<Void> uninstall(String tenantId, String pluginId, RequestOptions options) {
        return core.callAsync("DELETE", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, json -> null);
    }

    /** The same calls, each answering a {@link RawResponse}: the status and headers beside the value. */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Asynchronous calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Install a plugin.
         * <p>Plugin names are unique within a tenant; installing one twice is a 409.
         */
        public CompletableFuture<RawResponse<Plugin>> install(String tenantId, PluginInstallParams params) {
            return install(tenantId, params, RequestOptions.none());
        }

        /**
         * Install a plugin.
         * <p>Plugin names are unique within a tenant; installing one twice is a 409.
         */
        public CompletableFuture<RawResponse<Plugin>> install(String tenantId, PluginInstallParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Plugin::new));
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         */
        public CompletableFuture<RawResponse<AsyncPage<Plugin>>> list(String tenantId, PluginListParams params) {
            return list(tenantId, params, RequestOptions.none());
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         */
        public CompletableFuture<RawResponse<AsyncPage<Plugin>>> list(String tenantId) {
            return list(tenantId, null, RequestOptions.none());
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         */
        public CompletableFuture<RawResponse<AsyncPage<Plugin>>> list(String tenantId, PluginListParams params, RequestOptions options) {
            return core.pageRawAsync("/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), params, options, Json.model(Plugin::new));
        }

        /**
         * Retrieve a plugin.
         * <p>One plugin of the tenant, by id.
         */
        public CompletableFuture<RawResponse<Plugin>> retrieve(String tenantId, String pluginId) {
            return retrieve(tenantId, pluginId, RequestOptions.none());
        }

        /**
         * Retrieve a plugin.
         * <p>One plugin of the tenant, by id.
         */
        public CompletableFuture<RawResponse<Plugin>> retrieve(String tenantId, String pluginId, RequestOptions options) {
            return core.callRawAsync("GET", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, Json.model(Plugin::new));
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         */
        public CompletableFuture<RawResponse<Plugin>> update(String tenantId, String pluginId, PluginUpdateParams params) {
            return update(tenantId, pluginId, params, RequestOptions.none());
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         */
        public CompletableFuture<RawResponse<Plugin>> update(String tenantId, String pluginId) {
            return update(tenantId, pluginId, null, RequestOptions.none());
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         */
        public CompletableFuture<RawResponse<Plugin>> update(String tenantId, String pluginId, PluginUpdateParams params, RequestOptions options) {
            return core.callRawAsync("PATCH", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, Wire.body(params), options, Json.model(Plugin::new));
        }

        /**
         * Uninstall a plugin.
         * <p>Removes the plugin from the tenant; its name may then be installed again.
         */
        public CompletableFuture<RawResponse<Void>> uninstall(String tenantId, String pluginId) {
            return uninstall(tenantId, pluginId, RequestOptions.none());
        }

        /**
         * Uninstall a plugin.
         * <p>Removes the plugin from the tenant; its name may then be installed again.
         */
        public CompletableFuture<RawResponse<Void>> uninstall(String tenantId, String pluginId, RequestOptions options) {
            return core.callRawAsync("DELETE", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, json -> null);
        }
    }
}
