// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.Page;
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

/** The tenants.apiKeys operations. */
public final class TenantsApiKeysService {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    TenantsApiKeysService(ClientCore core) {
        this.core = core;
    }

    /**
     * Create an API key.
     * <p>Creates a tenant key. The secret is returned once, in this response only.
     * <p>Sends {@code POST /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link ApiKeyCreateParams}
     * @return the {@link ApiKeyWithSecret}
     */
    public ApiKeyWithSecret create(String tenantId, ApiKeyCreateParams params) {
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
     * @return the {@link ApiKeyWithSecret}
     */
    public ApiKeyWithSecret create(String tenantId, ApiKeyCreateParams params, RequestOptions options) {
        return core.call("POST", "/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), null, Wire.body(params), options, Json.model(ApiKeyWithSecret::new));
    }

    /**
     * List API keys.
     * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param params the {@link ApiKeyListParams}; null leaves every field out (no query)
     * @return the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
     */
    public Page<ApiKey> list(String tenantId, ApiKeyListParams params) {
        return list(tenantId, params, RequestOptions.none());
    }

    /**
     * List API keys.
     * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @return the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
     */
    public Page<ApiKey> list(String tenantId) {
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
     * @return the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
     */
    public Page<ApiKey> list(String tenantId, ApiKeyListParams params, RequestOptions options) {
        return core.page("/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), params, options, Json.model(ApiKey::new));
    }

    /**
     * Retrieve an API key.
     * <p>The key is masked; its secret is never shown again.
     * <p>Sends {@code GET /tenants/{tenant_id}/api_keys/{key_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param keyId Id of the API key, {@code key_...}.
     * @return the {@link ApiKey}
     */
    public ApiKey retrieve(String tenantId, String keyId) {
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
     * @return the {@link ApiKey}
     */
    public ApiKey retrieve(String tenantId, String keyId, RequestOptions options) {
        return core.call("GET", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
    }

    /**
     * Revoke an API key.
     * <p>The key stops working at once. Revoking a revoked key returns it unchanged.
     * <p>Sends {@code DELETE /tenants/{tenant_id}/api_keys/{key_id}}.
     *
     * @param tenantId Id of the tenant, {@code ten_...}.
     * @param keyId Id of the API key, {@code key_...}.
     * @return the {@link ApiKey}
     */
    public ApiKey revoke(String tenantId, String keyId) {
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
     * @return the {@link ApiKey}
     */
    public ApiKey revoke(String tenantId, String keyId, RequestOptions options) {
        return core.call("DELETE", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
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
         * Create an API key.
         * <p>Creates a tenant key. The secret is returned once, in this response only.
         * <p>Sends {@code POST /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link ApiKeyCreateParams}
         * @return the status and headers, beside the {@link ApiKeyWithSecret}
         */
        public RawResponse<ApiKeyWithSecret> create(String tenantId, ApiKeyCreateParams params) {
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
         * @return the status and headers, beside the {@link ApiKeyWithSecret}
         */
        public RawResponse<ApiKeyWithSecret> create(String tenantId, ApiKeyCreateParams params, RequestOptions options) {
            return core.callRaw("POST", "/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), null, Wire.body(params), options, Json.model(ApiKeyWithSecret::new));
        }

        /**
         * List API keys.
         * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param params the {@link ApiKeyListParams}; null leaves every field out (no query)
         * @return the status and headers, beside the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<ApiKey>> list(String tenantId, ApiKeyListParams params) {
            return list(tenantId, params, RequestOptions.none());
        }

        /**
         * List API keys.
         * <p>Keys are masked; revoked keys are listed with {@code revoked_at}.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @return the status and headers, beside the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<ApiKey>> list(String tenantId) {
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
         * @return the status and headers, beside the first page of {@link ApiKey}, whose {@code autoPager()} reads the pages after it
         */
        public RawResponse<Page<ApiKey>> list(String tenantId, ApiKeyListParams params, RequestOptions options) {
            return core.pageRaw("/tenants/{tenant_id}/api_keys", PathTemplate.fill("/tenants/{tenant_id}/api_keys", "tenantId", tenantId), params, options, Json.model(ApiKey::new));
        }

        /**
         * Retrieve an API key.
         * <p>The key is masked; its secret is never shown again.
         * <p>Sends {@code GET /tenants/{tenant_id}/api_keys/{key_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param keyId Id of the API key, {@code key_...}.
         * @return the status and headers, beside the {@link ApiKey}
         */
        public RawResponse<ApiKey> retrieve(String tenantId, String keyId) {
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
         * @return the status and headers, beside the {@link ApiKey}
         */
        public RawResponse<ApiKey> retrieve(String tenantId, String keyId, RequestOptions options) {
            return core.callRaw("GET", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
        }

        /**
         * Revoke an API key.
         * <p>The key stops working at once. Revoking a revoked key returns it unchanged.
         * <p>Sends {@code DELETE /tenants/{tenant_id}/api_keys/{key_id}}.
         *
         * @param tenantId Id of the tenant, {@code ten_...}.
         * @param keyId Id of the API key, {@code key_...}.
         * @return the status and headers, beside the {@link ApiKey}
         */
        public RawResponse<ApiKey> revoke(String tenantId, String keyId) {
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
         * @return the status and headers, beside the {@link ApiKey}
         */
        public RawResponse<ApiKey> revoke(String tenantId, String keyId, RequestOptions options) {
            return core.callRaw("DELETE", "/tenants/{tenant_id}/api_keys/{key_id}", PathTemplate.fill("/tenants/{tenant_id}/api_keys/{key_id}", "tenantId", tenantId, "keyId", keyId), null, null, options, Json.model(ApiKey::new));
        }
    }
}
