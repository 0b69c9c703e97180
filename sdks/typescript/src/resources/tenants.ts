// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { Tenant, TenantCreateParams, TenantListParams, TenantUpdateParams } from '../types.js';
import { ApiKeys } from './api-keys.js';
import { SubscriptionResource } from './subscription.js';
import { Plugins } from './plugins.js';

export class Tenants extends APIResource {
  readonly apiKeys: ApiKeys = new ApiKeys(this._client);

  readonly subscription: SubscriptionResource = new SubscriptionResource(this._client);

  readonly plugins: Plugins = new Plugins(this._client);

  /** Create a tenant: `POST /tenants` */
  create(params: TenantCreateParams, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.post('/tenants', { body: params, ...options });
  }

  /** List tenants: `GET /tenants` */
  list(params: TenantListParams = {}, options?: RequestOptions): PagePromise<Tenant> {
    return this._client.getAPIList('/tenants', { query: params, ...options });
  }

  /** Retrieve a tenant: `GET /tenants/{tenant_id}` */
  retrieve(tenantId: string, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.get(path('/tenants/{tenantId}', { tenantId }), { ...options });
  }

  /** Update a tenant: `PATCH /tenants/{tenant_id}` */
  update(tenantId: string, params: TenantUpdateParams = {}, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.patch(path('/tenants/{tenantId}', { tenantId }), { body: params, ...options });
  }

  /** Delete a tenant: `DELETE /tenants/{tenant_id}` */
  delete(tenantId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path('/tenants/{tenantId}', { tenantId }), { ...options });
  }
}
