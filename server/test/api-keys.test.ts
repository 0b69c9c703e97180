// API keys: created with a once-shown secret, listed masked, revoked for good; admin-only.
import { beforeAll, describe, expect, it } from 'vitest';
import { client, expectProblem, newTenant, useServer } from './support.ts';

const ctx = useServer();
let tenantId: string;
beforeAll(async () => {
  tenantId = (await ctx.admin.post('/tenants', { name: 'Keys' })).body.id;
});

describe('tenants.apiKeys.create', () => {
  it('answers 201 with the secret once, masked to its last four characters', async () => {
    const reply = await ctx.admin.post(`/tenants/${tenantId}/api_keys`, { name: 'ci' });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^key_/), tenant_id: tenantId, name: 'ci', masked: `cog_…${reply.body.secret.slice(-4)}`,
      secret: expect.stringMatching(/^cog_[A-Za-z0-9_]{8,}$/), created_at: expect.any(String), last_used_at: null, revoked_at: null,
    });
    expect(reply.headers.get('location')).toBe(`/api/v3/tenants/${tenantId}/api_keys/${reply.body.id}`);
  });

  it('makes a key that works inside its tenant', async () => {
    const key = (await ctx.admin.post(`/tenants/${tenantId}/api_keys`, { name: 'works' })).body;
    expect((await client(ctx.server.baseUrl, key.secret).get('/workflows')).status).toBe(200);
  });

  it.each([
    ['no name', {}, 'body.name'],
    ['an empty name', { name: '' }, 'body.name'],
    ['a name over 100 characters', { name: 'k'.repeat(101) }, 'body.name'],
    ['an unknown field', { name: 'k', scopes: ['all'] }, 'body.scopes'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await ctx.admin.post(`/tenants/${tenantId}/api_keys`, body), 400, path);
  });

  it('is 404 for an unknown tenant', async () => {
    expectProblem(await ctx.admin.post('/tenants/ten_doesnotexist/api_keys', { name: 'x' }), 404);
  });

  it('is 403 with a tenant key, even for its own tenant', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.post(`/tenants/${tenant.id}/api_keys`, { name: 'escalate' }), 403);
  });
});

describe('tenants.apiKeys.list', () => {
  it('lists keys masked, never with their secret, and records their last use', async () => {
    const { tenant, key, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Listed');
    await api.get('/workflows');
    const reply = await ctx.admin.get(`/tenants/${tenant.id}/api_keys`);
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(1);
    const listed = reply.body.data[0];
    expect(listed).not.toHaveProperty('secret');
    expect(JSON.stringify(reply.body)).not.toContain(key.secret);
    expect(listed).toMatchObject({ id: key.id, masked: key.masked, revoked_at: null, last_used_at: expect.any(String) });
  });

  it('is 404 for an unknown tenant and 403 with a tenant key', async () => {
    expectProblem(await ctx.admin.get('/tenants/ten_doesnotexist/api_keys'), 404);
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.get(`/tenants/${tenant.id}/api_keys`), 403);
  });
});

describe('tenants.apiKeys.retrieve', () => {
  it('returns the key masked, without its secret', async () => {
    const { secret, ...key } = (await ctx.admin.post(`/tenants/${tenantId}/api_keys`, { name: 'shown' })).body;
    const reply = await ctx.admin.get(`/tenants/${tenantId}/api_keys/${key.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(key);
    expect(JSON.stringify(reply.body)).not.toContain(secret);
  });

  it('is 404 for an unknown key, and for another tenant’s key under this tenant', async () => {
    const other = await newTenant(ctx.admin, ctx.server.baseUrl, 'Elsewhere');
    expectProblem(await ctx.admin.get(`/tenants/${tenantId}/api_keys/key_doesnotexist`), 404);
    expectProblem(await ctx.admin.get(`/tenants/${tenantId}/api_keys/${other.key.id}`), 404);
  });

  it('is 403 with a tenant key, even its own', async () => {
    const { tenant, key, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.get(`/tenants/${tenant.id}/api_keys/${key.id}`), 403);
  });
});

describe('tenants.apiKeys.revoke', () => {
  it('answers the revoked key; the key is then 401 and listed with revoked_at', async () => {
    const { tenant, key, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Revoked');
    const reply = await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/${key.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: key.id, revoked_at: expect.any(String) });
    expect(reply.body).not.toHaveProperty('secret');
    expectProblem(await api.get('/workflows'), 401, 'header.authorization');
    const listed = (await ctx.admin.get(`/tenants/${tenant.id}/api_keys`)).body.data;
    expect(listed).toEqual([expect.objectContaining({ id: key.id, revoked_at: reply.body.revoked_at })]);
  });

  it('revoking twice answers the key unchanged', async () => {
    const { tenant, key } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const first = await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/${key.id}`);
    const second = await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/${key.id}`);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
  });

  it('leaves the tenant’s other keys working', async () => {
    const { tenant, key } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const other = (await ctx.admin.post(`/tenants/${tenant.id}/api_keys`, { name: 'other' })).body;
    await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/${key.id}`);
    expect((await client(ctx.server.baseUrl, other.secret).get('/workflows')).status).toBe(200);
  });

  it('is 404 for an unknown key, and for another tenant’s key under this tenant', async () => {
    const mine = await newTenant(ctx.admin, ctx.server.baseUrl, 'Mine');
    const theirs = await newTenant(ctx.admin, ctx.server.baseUrl, 'Theirs');
    expectProblem(await ctx.admin.delete(`/tenants/${mine.tenant.id}/api_keys/key_doesnotexist`), 404);
    expectProblem(await ctx.admin.delete(`/tenants/${mine.tenant.id}/api_keys/${theirs.key.id}`), 404);
    expect((await theirs.api.get('/workflows')).status).toBe(200);
  });

  it('is 403 with a tenant key, even its own', async () => {
    const { tenant, key, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.delete(`/tenants/${tenant.id}/api_keys/${key.id}`), 403);
  });
});
