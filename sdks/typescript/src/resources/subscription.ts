// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import { path } from '../internal/path.js';
import type { Subscription, SubscriptionUpdateParams } from '../types.js';

/** `client.tenants.subscription`: `retrieve` (`GET /tenants/{tenant_id}/subscription`), `update` (`PATCH /tenants/{tenant_id}/subscription`), `cancel` (`POST /tenants/{tenant_id}/subscription/cancel`). */
export class SubscriptionResource extends APIResource {
  /**
   * Retrieve a tenant's subscription: `GET /tenants/{tenant_id}/subscription`
   *
   * Every tenant has one, from its creation on: a starter plan until changed.
   */
  retrieve(tenantId: string, options?: RequestOptions): APIPromise<Subscription> {
    return this._client.get(path('/tenants/{tenant_id}/subscription', { tenantId }), { ...options });
  }

  /**
   * Change plan or seats: `PATCH /tenants/{tenant_id}/subscription`
   *
   * Takes effect at once; setting `cancel_at_period_end` to false undoes a cancellation before the period ends.
   */
  update(tenantId: string, params: SubscriptionUpdateParams = {}, options?: RequestOptions): APIPromise<Subscription> {
    return this._client.patch(path('/tenants/{tenant_id}/subscription', { tenantId }), { body: params, ...options });
  }

  /**
   * Cancel at period end: `POST /tenants/{tenant_id}/subscription/cancel`
   *
   * Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.
   */
  cancel(tenantId: string, options?: RequestOptions): APIPromise<Subscription> {
    return this._client.post(path('/tenants/{tenant_id}/subscription/cancel', { tenantId }), { ...options });
  }
}
