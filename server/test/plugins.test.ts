// Plugins under a tenant: install, list, retrieve, update, uninstall, by the admin or the tenant's own key.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer, type Client } from './support.ts';

const ctx = useServer();
let tenantId: string;
let own: Client;
beforeAll(async () => {
  const tenant = await newTenant(ctx.admin, ctx.server.baseUrl, 'Plugged');
  tenantId = tenant.tenant.id;
  own = tenant.api;
});
let counter = 0;
const uniqueName = () => `plugin-${++counter}`;
const install = (api: Client, body: Record<string, unknown> = {}) =>
  api.post(`/tenants/${tenantId}/plugins`, { name: uniqueName(), version: '1.2.0', ...body });

describe('tenants.plugins.install', () => {
  it('answers 201 with defaults and a Location pointing at the plugin', async () => {
    const reply = await install(ctx.admin);
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^plg_/), tenant_id: tenantId, name: reply.body.name, version: '1.2.0',
      permissions: [], enabled: true, config: {}, created_at: expect.any(String), updated_at: expect.any(String),
    });
    expect(reply.headers.get('location')).toBe(`/api/v3/tenants/${tenantId}/plugins/${reply.body.id}`);
  });

  it('works with the tenant’s own key and keeps permissions, config and enabled', async () => {
    const reply = await install(own, { permissions: ['memory:read', 'usage:read'], config: { channel: '#ops', nested: { n: 1 } }, enabled: false, version: '2.0.0-beta.1' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ permissions: ['memory:read', 'usage:read'], config: { channel: '#ops', nested: { n: 1 } }, enabled: false, version: '2.0.0-beta.1' });
  });

  it('stores a repeated permission once', async () => {
    expect((await install(ctx.admin, { permissions: ['memory:read', 'memory:read'] })).body.permissions).toEqual(['memory:read']);
  });

  it('is 409 when the tenant already has a plugin of that name', async () => {
    const name = uniqueName();
    expect((await ctx.admin.post(`/tenants/${tenantId}/plugins`, { name, version: '1.0.0' })).status).toBe(201);
    expectProblem(await ctx.admin.post(`/tenants/${tenantId}/plugins`, { name, version: '1.0.1' }), 409);
  });

  it.each([
    ['no name', { name: undefined }, 'body.name'],
    ['a name with capitals', { name: 'Slack' }, 'body.name'],
    ['a name starting with a digit', { name: '1password' }, 'body.name'],
    ['no version', { version: undefined }, 'body.version'],
    ['a version that is not semver', { version: '1.2' }, 'body.version'],
    ['a version with a leading zero', { version: '01.2.3' }, 'body.version'],
    ['an unknown permission', { permissions: ['root'] }, 'body.permissions.0'],
    ['five permissions', { permissions: ['memory:read', 'memory:write', 'workflows:execute', 'usage:read', 'memory:read'] }, 'body.permissions'],
    ['enabled as a string', { enabled: 'true' }, 'body.enabled'],
    ['config that is a list', { config: [1] }, 'body.config'],
    ['an unknown field', { author: 'me' }, 'body.author'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await install(ctx.admin, body), 400, path);
  });

  it('is 404 for an unknown tenant', async () => {
    expectProblem(await ctx.admin.post('/tenants/ten_doesnotexist/plugins', { name: 'x', version: '1.0.0' }), 404);
  });
});

describe('a __proto__ key in config is data like any other key', () => {
  it('is kept through install, retrieve and update, and pollutes nothing', async () => {
    const { tenant } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const body = '{"name":"proto-config","version":"1.0.0","config":{"__proto__":{"polluted":true},"channel":"#ops"}}';
    const installed = await ctx.admin.post(`/tenants/${tenant.id}/plugins`, body);
    expect(installed.status, JSON.stringify(installed.body)).toBe(201);
    const configOf = (reply: { body: { config: object } }) => JSON.stringify(reply.body.config);
    expect(configOf(installed)).toBe('{"__proto__":{"polluted":true},"channel":"#ops"}');
    expect(configOf(await ctx.admin.get(`/tenants/${tenant.id}/plugins/${installed.body.id}`))).toBe(configOf(installed));
    const updated = await ctx.admin.patch(`/tenants/${tenant.id}/plugins/${installed.body.id}`, JSON.parse('{"config":{"__proto__":"text"}}'));
    expect(configOf(updated)).toBe('{"__proto__":"text"}');
    // Had the key reached a prototype, a later plain object on the server would show it.
    expect((await ctx.admin.post('/tenants', { name: 'Clean' })).body).not.toHaveProperty('polluted');
  });
});

describe('tenants.plugins.list', () => {
  it('lists the tenant’s plugins oldest first, to the admin and to the tenant', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Lister');
    const names = ['alpha', 'beta', 'gamma'];
    for (const name of names) await api.post(`/tenants/${tenant.id}/plugins`, { name, version: '1.0.0' });
    for (const caller of [ctx.admin, api]) {
      const reply = await caller.get(`/tenants/${tenant.id}/plugins`);
      expect(reply.status).toBe(200);
      expect(reply.body.data.map((plugin: { name: string }) => plugin.name)).toEqual(names);
      expect(reply.body).toMatchObject({ has_more: false, next_cursor: null });
    }
  });

  it('is 404 for an unknown tenant', async () => {
    expectProblem(await ctx.admin.get('/tenants/ten_doesnotexist/plugins'), 404);
  });
});

describe('tenants.plugins.retrieve', () => {
  it('returns the plugin', async () => {
    const plugin = (await install(own)).body;
    const reply = await own.get(`/tenants/${tenantId}/plugins/${plugin.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(plugin);
  });

  it('is 404 for an unknown plugin', async () => {
    expectProblem(await ctx.admin.get(`/tenants/${tenantId}/plugins/plg_doesnotexist`), 404);
  });

  it('is 404 for another tenant’s plugin asked for under this tenant', async () => {
    const other = await newTenant(ctx.admin, ctx.server.baseUrl, 'Other');
    const theirs = (await other.api.post(`/tenants/${other.tenant.id}/plugins`, { name: 'theirs', version: '1.0.0' })).body;
    expectProblem(await ctx.admin.get(`/tenants/${tenantId}/plugins/${theirs.id}`), 404);
  });
});

describe('tenants.plugins.update', () => {
  it('disables, reconfigures and upgrades a plugin, leaving other fields alone', async () => {
    const plugin = (await install(ctx.admin, { permissions: ['memory:read'] })).body;
    const reply = await own.patch(`/tenants/${tenantId}/plugins/${plugin.id}`, { enabled: false, config: { level: 'debug' }, version: '1.3.0' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: plugin.id, name: plugin.name, enabled: false, config: { level: 'debug' }, version: '1.3.0', permissions: ['memory:read'] });
    expect((await ctx.admin.get(`/tenants/${tenantId}/plugins/${plugin.id}`)).body).toEqual(reply.body);
  });

  it.each([
    ['a rename (name is fixed)', { name: 'renamed' }, 'body.name'],
    ['a bad version', { version: 'latest' }, 'body.version'],
    ['an unknown permission', { permissions: ['admin'] }, 'body.permissions.0'],
    ['enabled as a number', { enabled: 0 }, 'body.enabled'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    const plugin = (await install(ctx.admin)).body;
    expectProblem(await ctx.admin.patch(`/tenants/${tenantId}/plugins/${plugin.id}`, body), 400, path);
  });

  it('is 404 for an unknown plugin', async () => {
    expectProblem(await ctx.admin.patch(`/tenants/${tenantId}/plugins/plg_doesnotexist`, { enabled: false }), 404);
  });
});

describe('tenants.plugins.uninstall', () => {
  it('answers 204; the plugin is then 404 and its name free again', async () => {
    const plugin = (await install(own)).body;
    const reply = await own.delete(`/tenants/${tenantId}/plugins/${plugin.id}`);
    expect(reply.status).toBe(204);
    expect(reply.body).toBeUndefined();
    expectProblem(await own.get(`/tenants/${tenantId}/plugins/${plugin.id}`), 404);
    expectProblem(await own.delete(`/tenants/${tenantId}/plugins/${plugin.id}`), 404);
    expect((await own.post(`/tenants/${tenantId}/plugins`, { name: plugin.name, version: '1.0.0' })).status).toBe(201);
  });

  it('is 404 for an unknown plugin', async () => {
    expectProblem(await ctx.admin.delete(`/tenants/${tenantId}/plugins/plg_doesnotexist`), 404);
  });
});

describe('a suspended tenant’s key', () => {
  it('is 403 on its plugins until the tenant is active again', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Paused');
    await ctx.admin.patch(`/tenants/${tenant.id}`, { status: 'suspended' });
    expectProblem(await api.get(`/tenants/${tenant.id}/plugins`), 403);
    await ctx.admin.patch(`/tenants/${tenant.id}`, { status: 'active' });
    expect((await api.get(`/tenants/${tenant.id}/plugins`)).status).toBe(200);
  });
});
