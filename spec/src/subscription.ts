import { timestamp } from './common.ts';
import { defineOperation, z } from './registry.ts';
import { TenantPath } from './tenants.ts';

export const Plan = z.enum(['starter', 'professional', 'enterprise']).openapi('Plan');
export const SubscriptionStatus = z.enum(['active', 'canceled']).openapi('SubscriptionStatus');

const subscriptionExample = {
  tenant_id: 'ten_01jd5ee8ym0000000000000001',
  plan: 'professional',
  seats: 10,
  status: 'active',
  cancel_at_period_end: false,
  current_period_start: '2026-11-23T09:00:00.000Z',
  current_period_end: '2026-12-23T09:00:00.000Z',
  created_at: '2026-11-23T09:00:00.000Z',
  updated_at: '2026-11-23T09:00:00.000Z',
};

export const Subscription = z
  .object({
    tenant_id: z.string(),
    plan: Plan,
    seats: z.int(),
    status: SubscriptionStatus.openapi({ description: '`canceled` once a subscription set to cancel reaches its period end.' }),
    cancel_at_period_end: z.boolean(),
    current_period_start: timestamp,
    current_period_end: timestamp,
    created_at: timestamp,
    updated_at: timestamp,
  })
  .openapi('Subscription', { example: subscriptionExample });

export const SubscriptionUpdateParams = z
  .strictObject({
    plan: Plan.optional(),
    seats: z.int().min(1).max(10000).optional(),
    cancel_at_period_end: z.boolean().optional().openapi({ description: 'Set false to undo a cancellation before the period ends.' }),
  })
  .openapi('SubscriptionUpdateParams', { example: { plan: 'professional', seats: 10 } });

export const tenantsSubscriptionRetrieve = defineOperation({
  resource: 'tenants.subscription', method: 'retrieve', tag: 'subscription', http: 'get', path: '/tenants/{tenant_id}/subscription', access: 'admin',
  summary: "Retrieve a tenant's subscription", params: TenantPath, status: 200, response: Subscription, responseDescription: 'The subscription.',
});
export const tenantsSubscriptionUpdate = defineOperation({
  resource: 'tenants.subscription', method: 'update', tag: 'subscription', http: 'patch', path: '/tenants/{tenant_id}/subscription', access: 'admin',
  summary: 'Change plan or seats', params: TenantPath, body: SubscriptionUpdateParams, status: 200, response: Subscription, responseDescription: 'The updated subscription.',
});
export const tenantsSubscriptionCancel = defineOperation({
  resource: 'tenants.subscription', method: 'cancel', tag: 'subscription', http: 'post', path: '/tenants/{tenant_id}/subscription/cancel', access: 'admin',
  summary: 'Cancel at period end', description: 'Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.',
  params: TenantPath, status: 200, response: Subscription, responseDescription: 'The subscription, set to cancel.',
});
