import { createdAt, timestamp, updatedAt } from './common.ts';
import { defineOperation, z } from './registry.ts';
import { TenantPath } from './tenants.ts';

export const Plan = z.enum(['starter', 'professional', 'enterprise']).openapi('Plan', {
  description: 'The plan a tenant pays for: `starter` (every new tenant), `professional` or `enterprise`.',
});
export const SubscriptionStatus = z.enum(['active', 'canceled']).openapi('SubscriptionStatus', {
  description: 'Whether the subscription runs: `active`, or `canceled` once a subscription set to cancel reaches its period end.',
});

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
    tenant_id: z.string().openapi({ description: 'Id of the tenant it belongs to.' }),
    plan: Plan,
    seats: z.int().openapi({ description: 'How many seats the tenant pays for.' }),
    status: SubscriptionStatus,
    cancel_at_period_end: z.boolean().openapi({ description: 'Whether the subscription ends at `current_period_end` instead of renewing.' }),
    current_period_start: timestamp.openapi({ description: 'Start of the billing period under way.' }),
    current_period_end: timestamp.openapi({ description: 'End of the billing period under way: the subscription renews or, set to cancel, ends then.' }),
    created_at: createdAt,
    updated_at: updatedAt,
  })
  .openapi('Subscription', { description: "A tenant's plan and seats; every tenant has exactly one.", example: subscriptionExample });

export const SubscriptionUpdateParams = z
  .strictObject({
    plan: Plan.optional(),
    seats: z.int().min(1).max(10000).optional().openapi({ description: 'How many seats, 1 to 10000.' }),
    cancel_at_period_end: z.boolean().optional().openapi({ description: 'Set false to undo a cancellation before the period ends.' }),
  })
  .openapi('SubscriptionUpdateParams', { description: 'The fields to change; a field left out keeps its value.', example: { plan: 'professional', seats: 10 } });

export const tenantsSubscriptionRetrieve = defineOperation({
  resource: 'tenants.subscription', method: 'retrieve', tag: 'subscription', http: 'get', path: '/tenants/{tenant_id}/subscription', access: 'admin',
  summary: "Retrieve a tenant's subscription", description: 'Every tenant has one, from its creation on: a starter plan until changed.', params: TenantPath, status: 200, response: Subscription, responseDescription: 'The subscription.',
});
export const tenantsSubscriptionUpdate = defineOperation({
  resource: 'tenants.subscription', method: 'update', tag: 'subscription', http: 'patch', path: '/tenants/{tenant_id}/subscription', access: 'admin',
  summary: 'Change plan or seats', description: 'Takes effect at once; setting `cancel_at_period_end` to false undoes a cancellation before the period ends.', params: TenantPath, body: SubscriptionUpdateParams, status: 200, response: Subscription, responseDescription: 'The updated subscription.',
});
export const tenantsSubscriptionCancel = defineOperation({
  resource: 'tenants.subscription', method: 'cancel', tag: 'subscription', http: 'post', path: '/tenants/{tenant_id}/subscription/cancel', access: 'admin',
  summary: 'Cancel at period end', description: 'Sets `cancel_at_period_end`; the subscription stays active until `current_period_end`.',
  params: TenantPath, status: 200, response: Subscription, responseDescription: 'The subscription, set to cancel.',
});
