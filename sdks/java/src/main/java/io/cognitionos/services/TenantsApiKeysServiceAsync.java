// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.AsyncPage;
import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.ApiKey;
import io.cognitionos.models.ApiKeyCreateParams;
import io.cognitionos.models.ApiKeyListParams;
import io.cognitionos.models.ApiKeyWithSecret;
import java.util.concurrent.CompletableFuture;

/** The tenants.apiKeys operations, each answering a CompletableFuture. */
public final class TenantsApiKeysServiceAsync {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsApiKeysServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Create an API key.
     * <p>Creates a tenant key. The secret is returned once, in this response only.
     * <p>Sends {@code POST /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link ApiKeyCreateParams}
     * @return a future of the {@link ApiKeyWithSecret}
     */
    public CompletableFuture<ApiKeyWithSecret> create(String tenantId, ApiKeyCreateParams params) {
        return create(tenantId, params, RequestOptions.none());
    }

    /**
     * Create an API key.
     * <p>Creates a tenant key. The secret is returned once, in this response only.
     * <p>Sends {@code POST /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link ApiKeyCreateParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link ApiKeyWithSecret}
     */
    public CompletableFuture<ApiKeyWithSecret> create(String tenantId, ApiKeyCreateParams params, RequestOptions options) {
        return core.callAsync("POST", "/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), null, Wire.body(params), options, Json.model(ApiKeyWithSecret::new));
    }

    /**
     * List API keys.
     * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link ApiKeyListParams}; null leaves every field out (no query)
     * @return a future of the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<ApiKey>> list(String tenantId, ApiKeyListParams params) {
        return list(tenantId, params, RequestOptions.none());
    }

    /**
     * List API keys.
     * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return a future of the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<ApiKey>> list(String tenantId) {
        return list(tenantId, null, RequestOptions.none());
    }

    /**
     * List API keys.
     * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link ApiKeyListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<ApiKey>> list(String tenantId, ApiKeyListParams params, RequestOptions options) {
        return core.pageAsync("/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), params, options, Json.model(ApiKey::new));
    }

    /**
     * Retrieve an API key.
     * <p>The key is masked; its secret is never shown again.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys/{key_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param keyId Id of the API key, {@code key_...}.
     * @return a future of the {@link ApiKey}
     */
    public CompletableFuture<ApiKey> retrieve(String tenantId, String keyId) {
        return retrieve(tenantId, keyId, RequestOptions.none());
    }

    /**
     * Retrieve an API key.
     * <p>The key is masked; its secret is never shown again.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys/{key_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param keyId Id of the API key, {@code key_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link ApiKey}
     */
    public CompletableFuture<ApiKey> retrieve(String tenantId, String keyId, RequestOptions options) {
        return core.callAsync("GET", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
    }

    /**
     * Revoke an API key.
     * <p>The key stops working at once. Revoking a revoked key returns it unchanged.
     * <p>Sends {@code DELETE /tenants/{tenant_id}/api_keys/{key_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param keyId Id of the API key, {@code key_...}.
     * @return a future of the {@link ApiKey}
     */
    public CompletableFuture<ApiKey> revoke(String tenantId, String keyId) {
        return revoke(tenantId, keyId, RequestOptions.none());
    }

    /**
     * Revoke an API key.
     * <p>The key stops working at once. Revoking a revoked key returns it unchanged.
     * <p>Sends {@code DELETE /tenants/{tenant_id}/api_keys/{key_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param keyId Id of the API key, {@code key_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link ApiKey}
     */
    public CompletableFuture<ApiKey> revoke(String tenantId, String keyId, RequestOptions options) {
        return core.callAsync("DELETE", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
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
         * Create an API key.
         * <p>Creates a tenant key. The secret is returned once, in this response only.
         * <p>Sends {@code POST /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link ApiKeyCreateParams}
         * @return a future of the status and headers, beside the {@link ApiKeyWithSecret}
         */
        public CompletableFuture<RawResponse<ApiKeyWithSecret>> create(String tenantId, ApiKeyCreateParams params) {
            return create(tenantId, params, RequestOptions.none());
        }

        /**
         * Create an API key.
         * <p>Creates a tenant key. The secret is returned once, in this response only.
         * <p>Sends {@code POST /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link ApiKeyCreateParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link ApiKeyWithSecret}
         */
        public CompletableFuture<RawResponse<ApiKeyWithSecret>> create(String tenantId, ApiKeyCreateParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), null, Wire.body(params), options, Json.model(ApiKeyWithSecret::new));
        }

        /**
         * List API keys.
         * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link ApiKeyListParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<ApiKey>>> list(String tenantId, ApiKeyListParams params) {
            return list(tenantId, params, RequestOptions.none());
        }

        /**
         * List API keys.
         * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return a future of the status and headers, beside the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<ApiKey>>> list(String tenantId) {
            return list(tenantId, null, RequestOptions.none());
        }

        /**
         * List API keys.
         * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link ApiKeyListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<ApiKey>>> list(String tenantId, ApiKeyListParams params, RequestOptions options) {
            return core.pageRawAsync("/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), params, options, Json.model(ApiKey::new));
        }

        /**
         * Retrieve an API key.
         * <p>The key is masked; its secret is never shown again.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys/{key_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param keyId Id of the API key, {@code key_...}.
         * @return a future of the status and headers, beside the {@link ApiKey}
         */
        public CompletableFuture<RawResponse<ApiKey>> retrieve(String tenantId, String keyId) {
            return retrieve(tenantId, keyId, RequestOptions.none());
        }

        /**
         * Retrieve an API key.
         * <p>The key is masked; its secret is never shown again.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys/{key_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param keyId Id of the API key, {@code key_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link ApiKey}
         */
        public CompletableFuture<RawResponse<ApiKey>> retrieve(String tenantId, String keyId, RequestOptions options) {
            return core.callRawAsync("GET", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
        }

        /**
         * Revoke an API key.
         * <p>The key stops working at once. Revoking a revoked key returns it unchanged.
         * <p>Sends {@code DELETE /tenants/{tenant_id}/api_keys/{key_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param keyId Id of the API key, {@code key_...}.
         * @return a future of the status and headers, beside the {@link ApiKey}
         */
        public CompletableFuture<RawResponse<ApiKey>> revoke(String tenantId, String keyId) {
            return revoke(tenantId, keyId, RequestOptions.none());
        }

        /**
         * Revoke an API key.
         * <p>The key stops working at once. Revoking a revoked key returns it unchanged.
         * <p>Sends {@code DELETE /tenants/{tenant_id}/api_keys/{key_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param keyId Id of the API key, {@code key_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link ApiKey}
         */
        public CompletableFuture<RawResponse<ApiKey>> revoke(String tenantId, String keyId, RequestOptions options) {
            return core.callRawAsync("DELETE", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
        }
    }
}
