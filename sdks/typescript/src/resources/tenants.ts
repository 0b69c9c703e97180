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

/** `client.tenants`: `create` (`POST /tenants`), `list` (`GET /tenants`), `retrieve` (`GET /tenants/{tenant_id}`), `update` (`PATCH /tenants/{tenant_id}`), `delete` (`DELETE /tenants/{tenant_id}`). */
export class Tenants extends APIResource {
  /** The `tenants.apiKeys` calls. */
  readonly apiKeys: ApiKeys = new ApiKeys(this._client);

  /** The `tenants.subscription` calls. */
  readonly subscription: SubscriptionResource = new SubscriptionResource(this._client);

  /** The `tenants.plugins` calls. */
  readonly plugins: Plugins = new Plugins(this._client);

  /**
   * Create a tenant: `POST /tenants`
   *
   * Creates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.
   */
  create(params: TenantCreateParams, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.post('/tenants', { body: params, ...options });
  }

  /**
   * List tenants: `GET /tenants`
   *
   * Oldest first.
   */
  list(params: TenantListParams = {}, options?: RequestOptions): PagePromise<Tenant> {
    return this._client.getAPIList('/tenants', { query: params, ...options });
  }

  /**
   * Retrieve a tenant: `GET /tenants/{tenant_id}`
   *
   * A tenant key may retrieve its own tenant.
   */
  retrieve(tenantId: string, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.get(path('/tenants/{tenant_id}', { tenantId }), { ...options });
  }

  /**
   * Update a tenant: `PATCH /tenants/{tenant_id}`
   *
   * Suspending a tenant makes its keys answer 403 until it is active again.
   */
  update(tenantId: string, params: TenantUpdateParams = {}, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.patch(path('/tenants/{tenant_id}', { tenantId }), { body: params, ...options });
  }

  /**
   * Delete a tenant: `DELETE /tenants/{tenant_id}`
   *
   * Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.
   */
  delete(tenantId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path('/tenants/{tenant_id}', { tenantId }), { ...options });
  }
}
