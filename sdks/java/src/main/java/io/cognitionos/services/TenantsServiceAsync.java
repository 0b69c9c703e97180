// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.AsyncPage;
import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Tenant;
import io.cognitionos.models.TenantCreateParams;
import io.cognitionos.models.TenantListParams;
import io.cognitionos.models.TenantUpdateParams;
import java.util.concurrent.CompletableFuture;

/** The tenants operations, each answering a CompletableFuture. */
public final class TenantsServiceAsync {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();
    private final TenantsApiKeysServiceAsync apiKeys;
    private final TenantsSubscriptionServiceAsync subscription;
    private final TenantsPluginsServiceAsync plugins;

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsServiceAsync(ClientCore core) {
        this.core = core;
        this.apiKeys = new TenantsApiKeysServiceAsync(core);
        this.subscription = new TenantsSubscriptionServiceAsync(core);
        this.plugins = new TenantsPluginsServiceAsync(core);
    }

    /**
     * The tenants.apiKeys operations.
     *
     * @return that service
     */
    public TenantsApiKeysServiceAsync apiKeys() {
        return apiKeys;
    }

    /**
     * The tenants.subscription operations.
     *
     * @return that service
     */
    public TenantsSubscriptionServiceAsync subscription() {
        return subscription;
    }

    /**
     * The tenants.plugins operations.
     *
     * @return that service
     */
    public TenantsPluginsServiceAsync plugins() {
        return plugins;
    }

    /**
     * Create a tenant.
     * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
     * <p>Sends {@code POST /tenants}.
     *
     * @param params the {@link TenantCreateParams}
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> create(TenantCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Create a tenant.
     * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
     * <p>Sends {@code POST /tenants}.
     *
     * @param params the {@link TenantCreateParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> create(TenantCreateParams params, RequestOptions options) {
        return core.callAsync("POST", "/tenants", PathTemplate.fill("/tenants"), null, Wire.body(params), options, Json.model(Tenant::new));
    }

    /**
     * List tenants.
     * <p>Oldest first.
     * <p>Sends {@code GET /tenants}.
     *
     * @param params the {@link TenantListParams}; null leaves every field out (no query)
     * @return a future of the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Tenant>> list(TenantListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * List tenants.
     * <p>Oldest first.
     * <p>Sends {@code GET /tenants}.
     *
     * @return a future of the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Tenant>> list() {
        return list(null, RequestOptions.none());
    }

    /**
     * List tenants.
     * <p>Oldest first.
     * <p>Sends {@code GET /tenants}.
     *
     * @param params the {@link TenantListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Tenant>> list(TenantListParams params, RequestOptions options) {
        return core.pageAsync("/tenants", PathTemplate.fill("/tenants"), params, options, Json.model(Tenant::new));
    }

    /**
     * Retrieve a tenant.
     * <p>A tenant key may retrieve its own tenant.
     * <p>Sends {@code GET /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> retrieve(String tenantId) {
        return retrieve(tenantId, RequestOptions.none());
    }

    /**
     * Retrieve a tenant.
     * <p>A tenant key may retrieve its own tenant.
     * <p>Sends {@code GET /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> retrieve(String tenantId, RequestOptions options) {
        return core.callAsync("GET", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, Json.model(Tenant::new));
    }

    /**
     * Update a tenant.
     * <p>Suspending a tenant makes its keys answer 403 until it is active again.
     * <p>Sends {@code PATCH /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link TenantUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> update(String tenantId, TenantUpdateParams params) {
        return update(tenantId, params, RequestOptions.none());
    }

    /**
     * Update a tenant.
     * <p>Suspending a tenant makes its keys answer 403 until it is active again.
     * <p>Sends {@code PATCH /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> update(String tenantId) {
        return update(tenantId, null, RequestOptions.none());
    }

    /**
     * Update a tenant.
     * <p>Suspending a tenant makes its keys answer 403 until it is active again.
     * <p>Sends {@code PATCH /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link TenantUpdateParams}; null leaves every field out (the body is {@code {}})
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Tenant}
     */
    public CompletableFuture<Tenant> update(String tenantId, TenantUpdateParams params, RequestOptions options) {
        return core.callAsync("PATCH", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Tenant::new));
    }

    /**
     * Delete a tenant.
     * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
     * <p>Sends {@code DELETE /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> delete(String tenantId) {
        return delete(tenantId, RequestOptions.none());
    }

    /**
     * Delete a tenant.
     * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
     * <p>Sends {@code DELETE /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> delete(String tenantId, RequestOptions options) {
        return core.callAsync("DELETE", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, json -> null);
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
         * Create a tenant.
         * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
         * <p>Sends {@code POST /tenants}.
         *
         * @param params the {@link TenantCreateParams}
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> create(TenantCreateParams params) {
            return create(params, RequestOptions.none());
        }

        /**
         * Create a tenant.
         * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
         * <p>Sends {@code POST /tenants}.
         *
         * @param params the {@link TenantCreateParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> create(TenantCreateParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/tenants", PathTemplate.fill("/tenants"), null, Wire.body(params), options, Json.model(Tenant::new));
        }

        /**
         * List tenants.
         * <p>Oldest first.
         * <p>Sends {@code GET /tenants}.
         *
         * @param params the {@link TenantListParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Tenant>>> list(TenantListParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * List tenants.
         * <p>Oldest first.
         * <p>Sends {@code GET /tenants}.
         *
         * @return a future of the status and headers, beside the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Tenant>>> list() {
            return list(null, RequestOptions.none());
        }

        /**
         * List tenants.
         * <p>Oldest first.
         * <p>Sends {@code GET /tenants}.
         *
         * @param params the {@link TenantListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Tenant>>> list(TenantListParams params, RequestOptions options) {
            return core.pageRawAsync("/tenants", PathTemplate.fill("/tenants"), params, options, Json.model(Tenant::new));
        }

        /**
         * Retrieve a tenant.
         * <p>A tenant key may retrieve its own tenant.
         * <p>Sends {@code GET /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> retrieve(String tenantId) {
            return retrieve(tenantId, RequestOptions.none());
        }

        /**
         * Retrieve a tenant.
         * <p>A tenant key may retrieve its own tenant.
         * <p>Sends {@code GET /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> retrieve(String tenantId, RequestOptions options) {
            return core.callRawAsync("GET", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, Json.model(Tenant::new));
        }

        /**
         * Update a tenant.
         * <p>Suspending a tenant makes its keys answer 403 until it is active again.
         * <p>Sends {@code PATCH /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link TenantUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> update(String tenantId, TenantUpdateParams params) {
            return update(tenantId, params, RequestOptions.none());
        }

        /**
         * Update a tenant.
         * <p>Suspending a tenant makes its keys answer 403 until it is active again.
         * <p>Sends {@code PATCH /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> update(String tenantId) {
            return update(tenantId, null, RequestOptions.none());
        }

        /**
         * Update a tenant.
         * <p>Suspending a tenant makes its keys answer 403 until it is active again.
         * <p>Sends {@code PATCH /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link TenantUpdateParams}; null leaves every field out (the body is {@code {}})
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Tenant}
         */
        public CompletableFuture<RawResponse<Tenant>> update(String tenantId, TenantUpdateParams params, RequestOptions options) {
            return core.callRawAsync("PATCH", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Tenant::new));
        }

        /**
         * Delete a tenant.
         * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
         * <p>Sends {@code DELETE /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> delete(String tenantId) {
            return delete(tenantId, RequestOptions.none());
        }

        /**
         * Delete a tenant.
         * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
         * <p>Sends {@code DELETE /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> delete(String tenantId, RequestOptions options) {
            return core.callRawAsync("DELETE", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, json -> null);
        }
    }
}
