// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { ApiKey, ApiKeyCreateParams, ApiKeyListParams, ApiKeyWithSecret } from '../types.js';

export class ApiKeys extends APIResource {
  /** Create an API key: `POST /tenants/{tenant_id}/api_keys` */
  create(tenantId: string, params: ApiKeyCreateParams, options?: RequestOptions): APIPromise<ApiKeyWithSecret> {
    return this._client.post(path('/tenants/{tenantId}/api_keys', { tenantId }), { body: params, ...options });
  }

  /** List API keys: `GET /tenants/{tenant_id}/api_keys` */
  list(tenantId: string, params: ApiKeyListParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    return this._client.getAPIList(path('/tenants/{tenantId}/api_keys', { tenantId }), { query: params, ...options });
  }

  /** Retrieve an API key: `GET /tenants/{tenant_id}/api_keys/{key_id}` */
  retrieve(tenantId: string, keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._client.get(path('/tenants/{tenantId}/api_keys/{keyId}', { tenantId, keyId }), { ...options });
  }

  /** Revoke an API key: `DELETE /tenants/{tenant_id}/api_keys/{key_id}` */
  revoke(tenantId: string, keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._client.delete(path('/tenants/{tenantId}/api_keys/{keyId}', { tenantId, keyId }), { ...options });
  }
}
