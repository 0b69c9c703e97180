import { createdAt, idParam, listOf, Metadata, objectId, pageQuery, updatedAt } from './common.ts';
import { defineOperation, z } from './registry.ts';

const tenantExample = {
  id: 'ten_01jd5ee8ym0000000000000001',
  name: 'Acme',
  slug: 'acme',
  status: 'active',
  metadata: { region: 'eu' },
  created_at: '2026-11-23T09:00:00.000Z',
  updated_at: '2026-11-23T09:00:00.000Z',
};

export const TenantStatus = z.enum(['active', 'suspended']).openapi('TenantStatus', {
  description: "A tenant's state: `active`, its keys work; `suspended`, its keys answer 403 until it is active again (its data is kept).",
});
const slug = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/)
  .openapi({ description: 'URL-safe unique name; derived from `name` when omitted.', example: 'acme' });

/**
 * Bidirectional controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) and zero-width characters
 * (U+200B-U+200D, U+2060-U+2064, U+FEFF) would let two names look alike or one look like another.
 */
const INVISIBLE = /^[^\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*$/;
const tenantName = z
  .string()
  .min(1)
  .max(200)
  .regex(INVISIBLE, 'must not contain bidirectional controls or zero-width characters')
  // One name, however its accents were composed: `Café` typed as e + U+0301 is stored as é.
  .overwrite((name) => name.normalize('NFC'))
  .openapi({ description: 'Stored in Unicode NFC; bidirectional controls and zero-width characters are refused.', example: 'Acme' });

export const Tenant = z
  .object({
    id: objectId('tenant', tenantExample.id),
    name: z.string().openapi({ description: 'Display name, in Unicode NFC.' }),
    slug: z.string().openapi({ description: 'URL-safe name, unique among tenants.' }),
    status: TenantStatus,
    metadata: Metadata,
    created_at: createdAt,
    updated_at: updatedAt,
  })
  .openapi('Tenant', { description: 'A customer of the platform: it owns API keys, a subscription, plugins, workflows, memories and usage.', example: tenantExample });

export const TenantCreateParams = z
  .strictObject({
    name: tenantName,
    slug: slug.optional(),
    metadata: Metadata.optional(),
  })
  .openapi('TenantCreateParams', { description: 'What a new tenant is made of; it starts `active` with a starter subscription.', example: { name: 'Acme', metadata: { region: 'eu' } } });

export const TenantUpdateParams = z
  .strictObject({
    name: tenantName.optional(),
    status: TenantStatus.optional(),
    metadata: Metadata.optional(),
  })
  .openapi('TenantUpdateParams', { description: 'The fields to change; a field left out keeps its value.', example: { status: 'suspended' } });

export const TenantList = listOf('TenantList', Tenant, tenantExample);
export const TenantPath = z.strictObject({ tenant_id: idParam('tenant_id', tenantExample.id, 'Id of the tenant, `ten_...`.') });

export const tenantsCreate = defineOperation({
  resource: 'tenants', method: 'create', tag: 'tenants', http: 'post', path: '/tenants', access: 'admin',
  summary: 'Create a tenant',
  description: 'Creates a tenant with a starter subscription. Send an `Idempotency-Key` header to make retries safe.',
  body: TenantCreateParams, status: 201, response: Tenant, responseDescription: 'The created tenant.',
});
export const tenantsList = defineOperation({
  resource: 'tenants', method: 'list', tag: 'tenants', http: 'get', path: '/tenants', access: 'admin',
  summary: 'List tenants', description: 'Oldest first.',
  query: z.strictObject(pageQuery), status: 200, response: TenantList, responseDescription: 'A page of tenants.', paginated: true,
});
export const tenantsRetrieve = defineOperation({
  resource: 'tenants', method: 'retrieve', tag: 'tenants', http: 'get', path: '/tenants/{tenant_id}', access: 'admin_or_own_tenant',
  summary: 'Retrieve a tenant', description: 'A tenant key may retrieve its own tenant.',
  params: TenantPath, status: 200, response: Tenant, responseDescription: 'The tenant.',
});
export const tenantsUpdate = defineOperation({
  resource: 'tenants', method: 'update', tag: 'tenants', http: 'patch', path: '/tenants/{tenant_id}', access: 'admin',
  summary: 'Update a tenant', description: 'Suspending a tenant makes its keys answer 403 until it is active again.',
  params: TenantPath, body: TenantUpdateParams, status: 200, response: Tenant, responseDescription: 'The updated tenant.',
});
export const tenantsDelete = defineOperation({
  resource: 'tenants', method: 'delete', tag: 'tenants', http: 'delete', path: '/tenants/{tenant_id}', access: 'admin',
  summary: 'Delete a tenant', description: 'Deletes the tenant and everything it owns: keys, subscription, plugins, workflows, memories, usage.',
  params: TenantPath, status: 204, responseDescription: 'Deleted.',
});
