// Generated from generators/mcp/contract/tenants.test.ts by generators/mcp. Do not edit: change it there.
// Scenarios of the catalogue (test/contract/scenarios.json) as MCP tool calls: tenants, keys,
// subscriptions, plugins, and the server's own reads.
import { beforeAll, describe, expect, it } from 'vitest';
import { SPEC_VERSION } from '../dist/index.js';
import { adminKey, env, mcp, unique, type Tools } from './environment.ts';

let admin: Tools;
beforeAll(async () => {
  admin = await mcp(adminKey);
});

describe('basics', () => {
  it('health.check: answers ok, the server version and a store check, without a key', async () => {
    const health = await (await mcp('')).call('health_check');
    expect(health).toMatchObject({ status: 'ok', store: 'ok', version: expect.any(String) });
    expect(health.uptime_seconds).toBeGreaterThanOrEqual(0);
  });

  it('spec.version: the server speaks the spec these tools were generated from', async () => {
    const response = await fetch(`${env.COGNITIONOS_BASE_URL}/health`);
    expect(response.headers.get('cognitionos-spec-version')).toBe(SPEC_VERSION);
  });
});

describe('tenants and what hangs off them', () => {
  it('tenants.crud: create, retrieve, update (name, status, metadata), delete, then NotFound', async () => {
    const name = unique('Acme');
    const created = await admin.call('tenants_create', { name, metadata: { region: 'eu' } });
    expect(created).toMatchObject({ name, status: 'active', metadata: { region: 'eu' } });
    expect(await admin.call('tenants_retrieve', { tenant_id: created.id })).toEqual(created);
    const updated = await admin.call('tenants_update', { tenant_id: created.id, name: `${name} Ltd`, status: 'suspended', metadata: { region: 'us' } });
    expect(updated).toMatchObject({ id: created.id, name: `${name} Ltd`, status: 'suspended', metadata: { region: 'us' } });
    await admin.call('tenants_delete', { tenant_id: created.id });
    expect(await admin.failure('tenants_retrieve', { tenant_id: created.id })).toMatch(/^NotFoundError: (.*: )?404 /);
  });

  it('tenants.list.autopaging: following next_cursor with limit 2 over 5+ tenants yields each once, in a stable order', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await admin.call('tenants_create', { name: unique(`page-${i}`) })).id);
    const walk = async () => {
      const ids: string[] = [];
      let page = await admin.call('tenants_list', { limit: 2 });
      ids.push(...page.data.map((t: { id: string }) => t.id));
      while (page.has_more) {
        page = await admin.call('tenants_list', { limit: 2, cursor: page.next_cursor });
        ids.push(...page.data.map((t: { id: string }) => t.id));
      }
      return ids;
    };
    const first = await walk();
    expect(new Set(first).size).toBe(first.length);
    expect(first.filter((id) => created.includes(id)).sort()).toEqual([...created].sort());
    expect(await walk()).toEqual(first);
  });

  it('api_keys.lifecycle: created with a cog_ secret once, listed and retrieved masked, used, revoked', async () => {
    const tenant = await admin.call('tenants_create', { name: unique('keys') });
    const key = await admin.call('tenants_api_keys_create', { tenant_id: tenant.id, name: 'ci' });
    expect(key.secret).toMatch(/^cog_/);
    const listed = await admin.call('tenants_api_keys_list', { tenant_id: tenant.id });
    expect(JSON.stringify(listed)).not.toContain(key.secret);
    const retrieved = await admin.call('tenants_api_keys_retrieve', { tenant_id: tenant.id, key_id: key.id });
    expect(retrieved).toMatchObject({ id: key.id, revoked_at: null });
    expect(await (await mcp(key.secret)).call('tenants_retrieve', { tenant_id: tenant.id })).toMatchObject({ id: tenant.id });
    expect((await admin.call('tenants_api_keys_revoke', { tenant_id: tenant.id, key_id: key.id })).revoked_at).toEqual(expect.any(String));
  });

  it('api_keys.revoked: a revoked key is an Authentication error', async () => {
    const tenant = await admin.call('tenants_create', { name: unique('revoked') });
    const key = await admin.call('tenants_api_keys_create', { tenant_id: tenant.id, name: 'old' });
    await admin.call('tenants_api_keys_revoke', { tenant_id: tenant.id, key_id: key.id });
    expect(await (await mcp(key.secret)).failure('tenants_retrieve', { tenant_id: tenant.id })).toMatch(/^AuthenticationError: (.*: )?401 /);
  });

  it('subscription.lifecycle: retrieved, updated (plan, seats), canceled at period end', async () => {
    const tenant = await admin.call('tenants_create', { name: unique('sub') });
    expect(await admin.call('tenants_subscription_retrieve', { tenant_id: tenant.id })).toMatchObject({ tenant_id: tenant.id, plan: 'starter', cancel_at_period_end: false });
    expect(await admin.call('tenants_subscription_update', { tenant_id: tenant.id, plan: 'enterprise', seats: 25 })).toMatchObject({ plan: 'enterprise', seats: 25 });
    expect((await admin.call('tenants_subscription_cancel', { tenant_id: tenant.id })).cancel_at_period_end).toBe(true);
    expect(await admin.call('tenants_subscription_retrieve', { tenant_id: tenant.id })).toMatchObject({ plan: 'enterprise', cancel_at_period_end: true });
  });

  it('plugins.crud: installed, listed, retrieved, disabled with new config, uninstalled', async () => {
    const tenant = await admin.call('tenants_create', { name: unique('plugins') });
    const plugin = await admin.call('tenants_plugins_install', { tenant_id: tenant.id, name: 'crm-sync', version: '1.2.0', permissions: ['memory:read', 'usage:read'], config: { channel: '#ops' } });
    expect(plugin).toMatchObject({ name: 'crm-sync', version: '1.2.0', enabled: true, config: { channel: '#ops' } });
    expect((await admin.call('tenants_plugins_list', { tenant_id: tenant.id })).data.map((p: { id: string }) => p.id)).toContain(plugin.id);
    expect(await admin.call('tenants_plugins_retrieve', { tenant_id: tenant.id, plugin_id: plugin.id })).toEqual(plugin);
    const disabled = await admin.call('tenants_plugins_update', { tenant_id: tenant.id, plugin_id: plugin.id, enabled: false, config: { channel: '#alerts' } });
    expect(disabled).toMatchObject({ enabled: false, config: { channel: '#alerts' } });
    await admin.call('tenants_plugins_uninstall', { tenant_id: tenant.id, plugin_id: plugin.id });
    expect(await admin.failure('tenants_plugins_retrieve', { tenant_id: tenant.id, plugin_id: plugin.id })).toMatch(/^NotFoundError/);
  });
});
