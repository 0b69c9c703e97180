// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.Page;
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

/** The tenants operations. */
public final class TenantsService {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();
    private final TenantsApiKeysService apiKeys;
    private final TenantsSubscriptionService subscription;
    private final TenantsPluginsService plugins;

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsService(ClientCore core) {
        this.core = core;
        this.apiKeys = new TenantsApiKeysService(core);
        this.subscription = new TenantsSubscriptionService(core);
        this.plugins = new TenantsPluginsService(core);
    }

    /**
     * The tenants.apiKeys operations.
     *
     * @return that service
     */
    public TenantsApiKeysService apiKeys() {
        return apiKeys;
    }

    /**
     * The tenants.subscription operations.
     *
     * @return that service
     */
    public TenantsSubscriptionService subscription() {
        return subscription;
    }

    /**
     * The tenants.plugins operations.
     *
     * @return that service
     */
    public TenantsPluginsService plugins() {
        return plugins;
    }

    /**
     * Create a tenant.
     * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
     * <p>Sends {@code POST /tenants}.
     *
     * @param params the {@link TenantCreateParams}
     * @return the {@link Tenant}
     */
    public Tenant create(TenantCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Create a tenant.
     * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
     * <p>Sends {@code POST /tenants}.
     *
     * @param params the {@link TenantCreateParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Tenant}
     */
    public Tenant create(TenantCreateParams params, RequestOptions options) {
        return core.call("POST", "/tenants", PathTemplate.fill("/tenants"), null, Wire.body(params), options, Json.model(Tenant::new));
    }

    /**
     * List tenants.
     * <p>Oldest first.
     * <p>Sends {@code GET /tenants}.
     *
     * @param params the {@link TenantListParams}; null leaves every field out (no query)
     * @return the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Tenant> list(TenantListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * List tenants.
     * <p>Oldest first.
     * <p>Sends {@code GET /tenants}.
     *
     * @return the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Tenant> list() {
        return list(null, RequestOptions.none());
    }

    /**
     * List tenants.
     * <p>Oldest first.
     * <p>Sends {@code GET /tenants}.
     *
     * @param params the {@link TenantListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
     */
    public Page<Tenant> list(TenantListParams params, RequestOptions options) {
        return core.page("/tenants", PathTemplate.fill("/tenants"), params, options, Json.model(Tenant::new));
    }

    /**
     * Retrieve a tenant.
     * <p>A tenant key may retrieve its own tenant.
     * <p>Sends {@code GET /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return the {@link Tenant}
     */
    public Tenant retrieve(String tenantId) {
        return retrieve(tenantId, RequestOptions.none());
    }

    /**
     * Retrieve a tenant.
     * <p>A tenant key may retrieve its own tenant.
     * <p>Sends {@code GET /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return the {@link Tenant}
     */
    public Tenant retrieve(String tenantId, RequestOptions options) {
        return core.call("GET", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, Json.model(Tenant::new));
    }

    /**
     * Update a tenant.
     * <p>Suspending a tenant makes its keys answer 403 until it is active again.
     * <p>Sends {@code PATCH /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link TenantUpdateParams}; null leaves every field out (the body is {@code {}})
     * @return the {@link Tenant}
     */
    public Tenant update(String tenantId, TenantUpdateParams params) {
        return update(tenantId, params, RequestOptions.none());
    }

    /**
     * Update a tenant.
     * <p>Suspending a tenant makes its keys answer 403 until it is active again.
     * <p>Sends {@code PATCH /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return the {@link Tenant}
     */
    public Tenant update(String tenantId) {
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
     * @return the {@link Tenant}
     */
    public Tenant update(String tenantId, TenantUpdateParams params, RequestOptions options) {
        return core.call("PATCH", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Tenant::new));
    }

    /**
     * Delete a tenant.
     * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
     * <p>Sends {@code DELETE /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     */
    public void delete(String tenantId) {
        delete(tenantId, RequestOptions.none());
    }

    /**
     * Delete a tenant.
     * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
     * <p>Sends {@code DELETE /tenants/{tenant_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     */
    public void delete(String tenantId, RequestOptions options) {
        core.call("DELETE", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, json -> null);
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
         * Create a tenant.
         * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
         * <p>Sends {@code POST /tenants}.
         *
         * @param params the {@link TenantCreateParams}
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> create(TenantCreateParams params) {
            return create(params, RequestOptions.none());
        }

        /**
         * Create a tenant.
         * <p>Creates a tenant with a starter subscription. Send an {@code Idempotency-Key} header to make retries safe.
         * <p>Sends {@code POST /tenants}.
         *
         * @param params the {@link TenantCreateParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> create(TenantCreateParams params, RequestOptions options) {
            return core.callRaw("POST", "/tenants", PathTemplate.fill("/tenants"), null, Wire.body(params), options, Json.model(Tenant::new));
        }

        /**
         * List tenants.
         * <p>Oldest first.
         * <p>Sends {@code GET /tenants}.
         *
         * @param params the {@link TenantListParams}; null leaves every field out (no query)
         * @return the status and headers, beside the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Tenant>> list(TenantListParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * List tenants.
         * <p>Oldest first.
         * <p>Sends {@code GET /tenants}.
         *
         * @return the status and headers, beside the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Tenant>> list() {
            return list(null, RequestOptions.none());
        }

        /**
         * List tenants.
         * <p>Oldest first.
         * <p>Sends {@code GET /tenants}.
         *
         * @param params the {@link TenantListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the first page of {@link Tenant}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<Tenant>> list(TenantListParams params, RequestOptions options) {
            return core.pageRaw("/tenants", PathTemplate.fill("/tenants"), params, options, Json.model(Tenant::new));
        }

        /**
         * Retrieve a tenant.
         * <p>A tenant key may retrieve its own tenant.
         * <p>Sends {@code GET /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> retrieve(String tenantId) {
            return retrieve(tenantId, RequestOptions.none());
        }

        /**
         * Retrieve a tenant.
         * <p>A tenant key may retrieve its own tenant.
         * <p>Sends {@code GET /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> retrieve(String tenantId, RequestOptions options) {
            return core.callRaw("GET", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, Json.model(Tenant::new));
        }

        /**
         * Update a tenant.
         * <p>Suspending a tenant makes its keys answer 403 until it is active again.
         * <p>Sends {@code PATCH /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link TenantUpdateParams}; null leaves every field out (the body is {@code {}})
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> update(String tenantId, TenantUpdateParams params) {
            return update(tenantId, params, RequestOptions.none());
        }

        /**
         * Update a tenant.
         * <p>Suspending a tenant makes its keys answer 403 until it is active again.
         * <p>Sends {@code PATCH /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> update(String tenantId) {
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
         * @return the status and headers, beside the {@link Tenant}
         */
        public RawResponse<Tenant> update(String tenantId, TenantUpdateParams params, RequestOptions options) {
            return core.callRaw("PATCH", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, Wire.body(params), options, Json.model(Tenant::new));
        }

        /**
         * Delete a tenant.
         * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
         * <p>Sends {@code DELETE /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return the status and headers (no value)
         */
        public RawResponse<Void> delete(String tenantId) {
            return delete(tenantId, RequestOptions.none());
        }

        /**
         * Delete a tenant.
         * <p>Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
         * <p>Sends {@code DELETE /tenants/{tenant_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return the status and headers (no value)
         */
        public RawResponse<Void> delete(String tenantId, RequestOptions options) {
            return core.callRaw("DELETE", "/tenants/{tenant_id}", PathTemplate.fill("/tenants/{tenant_id}", "tenantId", tenantId), null, null, options, json -> null);
        }
    }
}
