import { beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, NotFoundError, type Tenant } from '../../src/index.js';
import { admin, clientFor, expectSpecVersion, failure, unique } from './environment.js';

beforeAll(() => expectSpecVersion());

describe('tenants and what hangs off them', () => {
  it('tenants.crud: create, retrieve, update (name, status, metadata), delete, then NotFound', async () => {
    const name = unique('Acme');
    const created = await admin.tenants.create({ name, metadata: { region: 'eu' } });
    expect(created).toMatchObject({ name, status: 'active', metadata: { region: 'eu' } });
    expect(created.id).toMatch(/^ten_/);
    expect(await admin.tenants.retrieve(created.id)).toEqual(created);
    const updated = await admin.tenants.update(created.id, { name: `${name} Ltd`, status: 'suspended', metadata: { region: 'us' } });
    expect(updated).toMatchObject({ id: created.id, name: `${name} Ltd`, status: 'suspended', metadata: { region: 'us' } });
    expect(await admin.tenants.delete(created.id)).toBeUndefined();
    const error = await failure<NotFoundError>(admin.tenants.retrieve(created.id));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('tenants.list.autopaging: limit 2 over 5+ tenants yields each once, in a stable order', async () => {
    const created: Tenant[] = [];
    for (let i = 0; i < 5; i++) created.push(await admin.tenants.create({ name: unique(`page-${i}`) }));
    const walk = async () => {
      const ids: string[] = [];
      for await (const tenant of admin.tenants.list({ limit: 2 })) ids.push(tenant.id);
      return ids;
    };
    const first = await walk();
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBeGreaterThan(4);
    const mine = first.filter((id) => created.some((t) => t.id === id));
    expect(mine.sort()).toEqual(created.map((t) => t.id).sort());
    expect(await walk()).toEqual(first);
    const page = await admin.tenants.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.hasNextPage()).toBe(true);
  });

  it('api_keys.lifecycle: created with a cog_ secret once, listed and retrieved masked, used, revoked', async () => {
    const tenant = await admin.tenants.create({ name: unique('keys') });
    const key = await admin.tenants.apiKeys.create(tenant.id, { name: 'ci' });
    expect(key.secret).toMatch(/^cog_/);
    const listed = [];
    for await (const k of admin.tenants.apiKeys.list(tenant.id)) listed.push(k);
    const mine = listed.find((k) => k.id === key.id)!;
    expect(mine.masked).not.toContain(key.secret);
    expect(JSON.stringify(listed)).not.toContain(key.secret);
    expect((mine as Record<string, unknown>).secret).toBeUndefined();
    const retrieved = await admin.tenants.apiKeys.retrieve(tenant.id, key.id);
    expect(retrieved).toMatchObject({ id: key.id, masked: mine.masked, revoked_at: null });
    expect(await clientFor(key.secret).tenants.retrieve(tenant.id)).toMatchObject({ id: tenant.id });
    const revoked = await admin.tenants.apiKeys.revoke(tenant.id, key.id);
    expect(revoked.revoked_at).toEqual(expect.any(String));
  });

  it('api_keys.revoked: a revoked key is an Authentication error', async () => {
    const tenant = await admin.tenants.create({ name: unique('revoked') });
    const key = await admin.tenants.apiKeys.create(tenant.id, { name: 'old' });
    await admin.tenants.apiKeys.revoke(tenant.id, key.id);
    const error = await failure<AuthenticationError>(clientFor(key.secret).tenants.retrieve(tenant.id));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
  });

  it('subscription.lifecycle: retrieved, updated (plan, seats), canceled at period end', async () => {
    const tenant = await admin.tenants.create({ name: unique('sub') });
    const subscription = await admin.tenants.subscription.retrieve(tenant.id);
    expect(subscription).toMatchObject({ tenant_id: tenant.id, plan: 'starter', cancel_at_period_end: false });
    const updated = await admin.tenants.subscription.update(tenant.id, { plan: 'enterprise', seats: 25 });
    expect(updated).toMatchObject({ plan: 'enterprise', seats: 25 });
    const canceled = await admin.tenants.subscription.cancel(tenant.id);
    expect(canceled.cancel_at_period_end).toBe(true);
    expect(await admin.tenants.subscription.retrieve(tenant.id)).toMatchObject({ plan: 'enterprise', cancel_at_period_end: true });
  });

  it('plugins.crud: installed, listed, retrieved, disabled with new config, uninstalled', async () => {
    const tenant = await admin.tenants.create({ name: unique('plugins') });
    const plugin = await admin.tenants.plugins.install(tenant.id, { name: 'crm-sync', version: '1.2.0', permissions: ['memory:read', 'usage:read'], config: { channel: '#ops' } });
    expect(plugin).toMatchObject({ name: 'crm-sync', version: '1.2.0', enabled: true, config: { channel: '#ops' } });
    const page = await admin.tenants.plugins.list(tenant.id);
    expect(page.data.map((p) => p.id)).toContain(plugin.id);
    expect(await admin.tenants.plugins.retrieve(tenant.id, plugin.id)).toEqual(plugin);
    const disabled = await admin.tenants.plugins.update(tenant.id, plugin.id, { enabled: false, config: { channel: '#alerts' } });
    expect(disabled).toMatchObject({ enabled: false, config: { channel: '#alerts' } });
    await admin.tenants.plugins.uninstall(tenant.id, plugin.id);
    expect(await failure(admin.tenants.plugins.retrieve(tenant.id, plugin.id))).toBeInstanceOf(NotFoundError);
  });
});
