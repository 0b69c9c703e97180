import { createdAt, idParam, listOf, objectId, pageQuery } from './common.ts';
import { defineOperation, z } from './registry.ts';
import { TenantPath } from './tenants.ts';

const apiKeyExample = {
  id: 'key_01jd5ee8ym0000000000000001',
  tenant_id: 'ten_01jd5ee8ym0000000000000001',
  name: 'ci',
  masked: 'cog_…9f3a',
  created_at: '2026-11-23T09:00:00.000Z',
  last_used_at: null,
  revoked_at: null,
};

// A flat copy of the fields rather than ApiKey.extend(): extending a registered schema emits
// `allOf`, which several generators turn into awkward composed classes.
const apiKeyFields = {
  id: objectId('API key', apiKeyExample.id),
  tenant_id: z.string().openapi({ description: 'Id of the tenant the key belongs to.' }),
  name: z.string().openapi({ description: 'What the key is for, as given when it was created.' }),
  masked: z.string().openapi({ description: 'The key with all but its last four characters hidden.', example: apiKeyExample.masked }),
  created_at: createdAt,
  last_used_at: z.iso.datetime({ offset: true }).nullable().openapi({ description: 'Last use, to the minute.' }),
  revoked_at: z.iso.datetime({ offset: true }).nullable().openapi({ description: 'When the key was revoked; null while it works.' }),
};

export const ApiKey = z.object(apiKeyFields).openapi('ApiKey', { description: "A tenant's API key, masked: its secret is shown only when it is created.", example: apiKeyExample });

export const ApiKeyWithSecret = z
  .object({
    ...apiKeyFields,
    secret: z.string().openapi({ 'x-cognitionos-secret': true, description: 'The full key. Shown only in this response: store it now. SDKs redact it in a model\'s string form (the JSON keeps it).', example: 'cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a' }),
  })
  .openapi('ApiKeyWithSecret', { description: 'A key just created, with its secret: the only answer that shows it.', example: { ...apiKeyExample, secret: 'cog_live_5ba0c1d2e3f4a5b6c7d8e9f0a1b29f3a' } });

export const ApiKeyCreateParams = z
  .strictObject({ name: z.string().min(1).max(100).openapi({ description: 'What the key is for, 1 to 100 characters.', example: 'ci' }) })
  .openapi('ApiKeyCreateParams', { description: 'What a new key is made of.', example: { name: 'ci' } });

export const ApiKeyList = listOf('ApiKeyList', ApiKey, apiKeyExample);
export const ApiKeyPath = z.strictObject({
  tenant_id: TenantPath.shape.tenant_id,
  key_id: idParam('key_id', apiKeyExample.id, 'Id of the API key, `key_...`.'),
});

export const tenantsApiKeysCreate = defineOperation({
  resource: 'tenants.apiKeys', method: 'create', tag: 'api_keys', http: 'post', path: '/tenants/{tenant_id}/api_keys', access: 'admin',
  summary: 'Create an API key', description: 'Creates a tenant key. The secret is returned once, in this response only.',
  params: TenantPath, body: ApiKeyCreateParams, status: 201, response: ApiKeyWithSecret, responseDescription: 'The created key, with its secret.',
});
export const tenantsApiKeysList = defineOperation({
  resource: 'tenants.apiKeys', method: 'list', tag: 'api_keys', http: 'get', path: '/tenants/{tenant_id}/api_keys', access: 'admin',
  summary: 'List API keys', description: 'Keys are masked; revoked keys are listed with `revoked_at`.',
  params: TenantPath, query: z.strictObject(pageQuery), status: 200, response: ApiKeyList, responseDescription: 'A page of keys.', paginated: true,
});
export const tenantsApiKeysRetrieve = defineOperation({
  resource: 'tenants.apiKeys', method: 'retrieve', tag: 'api_keys', http: 'get', path: '/tenants/{tenant_id}/api_keys/{key_id}', access: 'admin',
  summary: 'Retrieve an API key', description: 'The key is masked; its secret is never shown again.',
  params: ApiKeyPath, status: 200, response: ApiKey, responseDescription: 'The key.',
});
export const tenantsApiKeysRevoke = defineOperation({
  resource: 'tenants.apiKeys', method: 'revoke', tag: 'api_keys', http: 'delete', path: '/tenants/{tenant_id}/api_keys/{key_id}', access: 'admin',
  summary: 'Revoke an API key', description: 'The key stops working at once. Revoking a revoked key returns it unchanged.',
  params: ApiKeyPath, status: 200, response: ApiKey, responseDescription: 'The revoked key.',
});
