// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { ApiKey, ApiKeyCreateParams, ApiKeyListParams, ApiKeyWithSecret } from '../types.js';

/** `client.tenants.apiKeys`: `create` (`POST /tenants/{tenant_id}/api_keys`), `list` (`GET /tenants/{tenant_id}/api_keys`), `retrieve` (`GET /tenants/{tenant_id}/api_keys/{key_id}`), `revoke` (`DELETE /tenants/{tenant_id}/api_keys/{key_id}`). */
export class ApiKeys extends APIResource {
  /**
   * Create an API key: `POST /tenants/{tenant_id}/api_keys`
   *
   * Creates a tenant key. The secret is returned once, in this response only.
   */
  create(tenantId: string, params: ApiKeyCreateParams, options?: RequestOptions): APIPromise<ApiKeyWithSecret> {
    return this._client.post(path('/tenants/{tenant_id}/api_keys', { tenantId }), { body: params, ...options, secrets: ['secret'] });
  }

  /**
   * List API keys: `GET /tenants/{tenant_id}/api_keys`
   *
   * Keys are masked; revoked keys are listed with `revoked_at`.
   */
  list(tenantId: string, params: ApiKeyListParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    return this._client.getAPIList(path('/tenants/{tenant_id}/api_keys', { tenantId }), { query: params, ...options });
  }

  /**
   * Retrieve an API key: `GET /tenants/{tenant_id}/api_keys/{key_id}`
   *
   * The key is masked; its secret is never shown again.
   */
  retrieve(tenantId: string, keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._client.get(path('/tenants/{tenant_id}/api_keys/{key_id}', { tenantId, keyId }), { ...options });
  }

  /**
   * Revoke an API key: `DELETE /tenants/{tenant_id}/api_keys/{key_id}`
   *
   * The key stops working at once. Revoking a revoked key returns it unchanged.
   */
  revoke(tenantId: string, keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._client.delete(path('/tenants/{tenant_id}/api_keys/{key_id}', { tenantId, keyId }), { ...options });
  }
}
