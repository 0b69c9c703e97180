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
     * <p>Sends {@code POST /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link PluginInstallParams}
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> install(String tenantId, PluginInstallParams params) {
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
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> install(String tenantId, PluginInstallParams params, RequestOptions options) {
        return core.callAsync("POST", "/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Plugin::new));
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link PluginListParams}; null leaves every field out (no query)
     * @return a future of the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Plugin>> list(String tenantId, PluginListParams params) {
        return list(tenantId, params, RequestOptions.none());
    }

    /**
     * List plugins.
     * <p>The tenant's plugins, oldest first.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Plugin>> list(String tenantId) {
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
     * @return a future of the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Plugin>> list(String tenantId, PluginListParams params, RequestOptions options) {
        return core.pageAsync("/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), params, options, Json.model(Plugin::new));
    }

    /**
     * Retrieve a plugin.
     * <p>One plugin of the tenant, by id.
     * <p>Sends {@code GET /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> retrieve(String tenantId, String pluginId) {
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
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> retrieve(String tenantId, String pluginId, RequestOptions options) {
        return core.callAsync("GET", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, Json.model(Plugin::new));
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @param params the {@link PluginUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> update(String tenantId, String pluginId, PluginUpdateParams params) {
        return update(tenantId, pluginId, params, RequestOptions.none());
    }

    /**
     * Update a plugin.
     * <p>Enable or disable it, change its version, permissions or config.
     * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> update(String tenantId, String pluginId) {
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
     * @return a future of the {@link Plugin}
     */
    public CompletableFuture<Plugin> update(String tenantId, String pluginId, PluginUpdateParams params, RequestOptions options) {
        return core.callAsync("PATCH", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, Wire.body(params), options, Json.model(Plugin::new));
    }

    /**
     * Uninstall a plugin.
     * <p>Removes the plugin from the tenant; its name may then be installed again.
     * <p>Sends {@code DELETE /tenants/{tenant_id}/plugins/{plugin_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param pluginId Id of the plugin, {@code plg_...}.
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> uninstall(String tenantId, String pluginId) {
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
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> uninstall(String tenantId, String pluginId, RequestOptions options) {
        return core.callAsync("DELETE", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, json -> null);
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Asynchronous calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Install a plugin.
         * <p>Plugin names are unique within a tenant; installing one twice is a 409.
         * <p>Sends {@code POST /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link PluginInstallParams}
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> install(String tenantId, PluginInstallParams params) {
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
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> install(String tenantId, PluginInstallParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Plugin::new));
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link PluginListParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Plugin>>> list(String tenantId, PluginListParams params) {
            return list(tenantId, params, RequestOptions.none());
        }

        /**
         * List plugins.
         * <p>The tenant's plugins, oldest first.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Plugin>>> list(String tenantId) {
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
         * @return a future of the status and headers, beside the first page of {@link Plugin}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Plugin>>> list(String tenantId, PluginListParams params, RequestOptions options) {
            return core.pageRawAsync("/tenants/{tenant_id}/plugins", PathTemplate.fill("/tenants/{tenant_id}/plugins", "tenantId", tenantId), params, options, Json.model(Plugin::new));
        }

        /**
         * Retrieve a plugin.
         * <p>One plugin of the tenant, by id.
         * <p>Sends {@code GET /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> retrieve(String tenantId, String pluginId) {
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
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> retrieve(String tenantId, String pluginId, RequestOptions options) {
            return core.callRawAsync("GET", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, Json.model(Plugin::new));
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @param params the {@link PluginUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> update(String tenantId, String pluginId, PluginUpdateParams params) {
            return update(tenantId, pluginId, params, RequestOptions.none());
        }

        /**
         * Update a plugin.
         * <p>Enable or disable it, change its version, permissions or config.
         * <p>Sends {@code PATCH /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> update(String tenantId, String pluginId) {
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
         * @return a future of the status and headers, beside the {@link Plugin}
         */
        public CompletableFuture<RawResponse<Plugin>> update(String tenantId, String pluginId, PluginUpdateParams params, RequestOptions options) {
            return core.callRawAsync("PATCH", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, Wire.body(params), options, Json.model(Plugin::new));
        }

        /**
         * Uninstall a plugin.
         * <p>Removes the plugin from the tenant; its name may then be installed again.
         * <p>Sends {@code DELETE /tenants/{tenant_id}/plugins/{plugin_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param pluginId Id of the plugin, {@code plg_...}.
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> uninstall(String tenantId, String pluginId) {
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
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> uninstall(String tenantId, String pluginId, RequestOptions options) {
            return core.callRawAsync("DELETE", "/tenants/{tenant_id}/plugins/{plugin_id}", PathTemplate.fill("/tenants/{tenant_id}/plugins/{plugin_id}", "tenantId", tenantId, "pluginId", pluginId), null, null, options, json -> null);
        }
    }
}
