// Tenants: admin-managed CRUD, slugs, suspension, cascading delete, and every input error by field.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer, waitForExecution } from './support.ts';

const ctx = useServer();
const isoTime = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);

describe('tenants.create', () => {
  it('answers 201, the tenant and a Location pointing at it', async () => {
    const reply = await ctx.admin.post('/tenants', { name: 'Acme Corp', metadata: { region: 'eu' } });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^ten_/), name: 'Acme Corp', slug: 'acme-corp', status: 'active',
      metadata: { region: 'eu' }, created_at: isoTime, updated_at: isoTime,
    });
    expect(reply.headers.get('location')).toBe(`/api/v3/tenants/${reply.body.id}`);
    expect((await ctx.admin.get(reply.headers.get('location')!.replace('/api/v3', ''))).body).toEqual(reply.body);
  });

  it('derives a free slug from the name, suffixing it on collision', async () => {
    const first = await ctx.admin.post('/tenants', { name: 'Same Name!' });
    const second = await ctx.admin.post('/tenants', { name: 'Same Name!' });
    expect(first.body.slug).toBe('same-name');
    expect(second.body.slug).toBe('same-name-2');
  });

  it.each([
    ['Café Über', 'cafe-uber'],
    ['  Ünïcödé  Labs ', 'unicode-labs'],
    ['ACME, Inc.', 'acme-inc'],
    ['***', 'tenant'],
  ])('derives the slug of %j as %j', async (name, slug) => {
    expect((await ctx.admin.post('/tenants', { name })).body.slug).toBe(slug);
  });

  it('keeps an explicit slug, and a taken explicit slug is 409', async () => {
    expect((await ctx.admin.post('/tenants', { name: 'X', slug: 'explicit-slug' })).body.slug).toBe('explicit-slug');
    expectProblem(await ctx.admin.post('/tenants', { name: 'Y', slug: 'explicit-slug' }), 409);
  });

  it('gives a new tenant a starter subscription', async () => {
    const tenant = (await ctx.admin.post('/tenants', { name: 'Sub' })).body;
    expect((await ctx.admin.get(`/tenants/${tenant.id}/subscription`)).body).toMatchObject({ tenant_id: tenant.id, plan: 'starter', status: 'active' });
  });

  it.each([
    ['no name', {}, 'body.name'],
    ['an empty name', { name: '' }, 'body.name'],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, 'body.name'],
    ['a number for name', { name: 42 }, 'body.name'],
    ['null for name', { name: null }, 'body.name'],
    ['an unknown field', { name: 'A', plan: 'gold' }, 'body.plan'],
    ['a slug with capitals and spaces', { name: 'A', slug: 'Not A Slug' }, 'body.slug'],
    ['a slug ending in a dash', { name: 'A', slug: 'acme-' }, 'body.slug'],
    ['a non-string metadata value', { name: 'A', metadata: { n: 1 } }, 'body.metadata.n'],
    ['metadata that is a list', { name: 'A', metadata: ['a'] }, 'body.metadata'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await ctx.admin.post('/tenants', body), 400, path);
  });

  it('names every offending field at once', async () => {
    expectProblem(await ctx.admin.post('/tenants', { name: '', slug: 'BAD', extra: true }), 400, 'body.name', 'body.slug', 'body.extra');
  });

  it('is 403 with a tenant key', async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.post('/tenants', { name: 'Mine' }), 403);
  });
});

describe('a __proto__ metadata key is data like any other key', () => {
  it('is kept through create, retrieve and update', async () => {
    const created = await ctx.admin.post('/tenants', '{"name":"Proto","metadata":{"__proto__":"a","b":"c"}}');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(JSON.stringify(created.body.metadata)).toBe('{"__proto__":"a","b":"c"}');
    expect(JSON.stringify((await ctx.admin.get(`/tenants/${created.body.id}`)).body.metadata)).toBe('{"__proto__":"a","b":"c"}');
    const updated = await ctx.admin.patch(`/tenants/${created.body.id}`, JSON.parse('{"metadata":{"__proto__":"z"}}'));
    expect(JSON.stringify(updated.body.metadata)).toBe('{"__proto__":"z"}');
  });
});

describe('tenants.list', () => {
  it('lists tenants oldest first in the page shape', async () => {
    const created = [];
    for (const name of ['L1', 'L2', 'L3']) created.push((await ctx.admin.post('/tenants', { name })).body);
    const reply = await ctx.admin.get('/tenants?limit=100');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: expect.any(Array), has_more: false, next_cursor: null });
    const ids = reply.body.data.map((tenant: { id: string }) => tenant.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids.slice(-3)).toEqual(created.map((tenant) => tenant.id));
  });

  it('defaults to 20 per page', async () => {
    for (let i = 0; i < 21; i++) await ctx.admin.post('/tenants', { name: `Many ${i}` });
    const reply = await ctx.admin.get('/tenants');
    expect(reply.body.data).toHaveLength(20);
    expect(reply.body.has_more).toBe(true);
    expect(reply.body.next_cursor).toBe(reply.body.data[19].id);
  });

  it('is 403 with a tenant key', async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.get('/tenants'), 403);
  });
});

describe('tenants.retrieve', () => {
  it('returns the tenant to the admin and to its own key', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Own');
    expect((await ctx.admin.get(`/tenants/${tenant.id}`)).body).toEqual(tenant);
    const own = await api.get(`/tenants/${tenant.id}`);
    expect(own.status).toBe(200);
    expect(own.body).toEqual(tenant);
  });

  it('is 404 for an unknown id', async () => {
    expectProblem(await ctx.admin.get('/tenants/ten_doesnotexist'), 404);
  });

  it('is 400 naming path.tenant_id for an id over 64 characters', async () => {
    expectProblem(await ctx.admin.get(`/tenants/ten_${'x'.repeat(64)}`), 400, 'path.tenant_id');
  });
});

describe('tenants.update', () => {
  it('changes name and metadata, keeps the slug, and moves updated_at', async () => {
    const tenant = (await ctx.admin.post('/tenants', { name: 'Before' })).body;
    const reply = await ctx.admin.patch(`/tenants/${tenant.id}`, { name: 'After', metadata: { k: 'v' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: tenant.id, name: 'After', slug: tenant.slug, metadata: { k: 'v' }, created_at: tenant.created_at });
    expect(reply.body.updated_at >= tenant.updated_at).toBe(true);
    expect((await ctx.admin.get(`/tenants/${tenant.id}`)).body).toEqual(reply.body);
  });

  it('an empty patch changes nothing but is accepted', async () => {
    const tenant = (await ctx.admin.post('/tenants', { name: 'Same' })).body;
    const reply = await ctx.admin.patch(`/tenants/${tenant.id}`, {});
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ name: 'Same', status: 'active' });
  });

  it('suspending a tenant makes its keys 403; reactivating restores them', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Suspend');
    expect((await ctx.admin.patch(`/tenants/${tenant.id}`, { status: 'suspended' })).body.status).toBe('suspended');
    expectProblem(await api.get('/workflows'), 403);
    expect((await ctx.admin.patch(`/tenants/${tenant.id}`, { status: 'active' })).body.status).toBe('active');
    expect((await api.get('/workflows')).status).toBe(200);
  });

  it.each([
    ['an unknown status', { status: 'archived' }, 'body.status'],
    ['an empty name', { name: '' }, 'body.name'],
    ['the slug, which cannot change', { slug: 'new-slug' }, 'body.slug'],
    ['an unknown field', { id: 'ten_x' }, 'body.id'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    const tenant = (await ctx.admin.post('/tenants', { name: 'Bad update' })).body;
    expectProblem(await ctx.admin.patch(`/tenants/${tenant.id}`, body), 400, path);
  });

  it('is 404 for an unknown id', async () => {
    expectProblem(await ctx.admin.patch('/tenants/ten_doesnotexist', { name: 'x' }), 404);
  });

  it('is 403 with a tenant key, even on its own tenant', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.patch(`/tenants/${tenant.id}`, { name: 'Self-renamed' }), 403);
  });
});

describe('tenants.delete', () => {
  it('answers 204, then the tenant is 404 and its keys stop working', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Doomed');
    expect((await api.post('/memories', { scope: 'private', content: 'gone soon' })).status).toBe(201);
    const reply = await ctx.admin.delete(`/tenants/${tenant.id}`);
    expect(reply.status).toBe(204);
    expect(reply.body).toBeUndefined();
    expectProblem(await ctx.admin.get(`/tenants/${tenant.id}`), 404);
    expectProblem(await ctx.admin.get(`/tenants/${tenant.id}/subscription`), 404);
    expectProblem(await api.get('/memories'), 401);
  });

  it('is 404 the second time and for an unknown id', async () => {
    const tenant = (await ctx.admin.post('/tenants', { name: 'Twice' })).body;
    expect((await ctx.admin.delete(`/tenants/${tenant.id}`)).status).toBe(204);
    expectProblem(await ctx.admin.delete(`/tenants/${tenant.id}`), 404);
    expectProblem(await ctx.admin.delete('/tenants/ten_doesnotexist'), 404);
  });

  it('frees the slug for a new tenant', async () => {
    const tenant = (await ctx.admin.post('/tenants', { name: 'Reuse', slug: 'reused-slug' })).body;
    await ctx.admin.delete(`/tenants/${tenant.id}`);
    expect((await ctx.admin.post('/tenants', { name: 'Reuse', slug: 'reused-slug' })).status).toBe(201);
  });

  it('is 403 with a tenant key', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await api.delete(`/tenants/${tenant.id}`), 403);
  });
});

describe('tenants.delete while an execution runs', () => {
  // A file-backed server, so the test can read the rows a step might have left behind.
  const dbFile = join(mkdtempSync(join(tmpdir(), 'cognitionos-')), 'tenants.db');
  const live = useServer({ env: { COGNITIONOS_DB: dbFile } });
  const steps = [
    { type: 'delay', duration_ms: 300 },
    { type: 'memory_write', scope: 'private', content: 'written after the delay' },
    { type: 'usage_record', metric: 'after_delay', quantity: 1 },
  ];
  const startRunning = async (name: string) => {
    const { tenant, api } = await newTenant(live.admin, live.server.baseUrl, name);
    const workflow = (await api.post('/workflows', { name: 'slow', steps })).body;
    const execution = (await api.post(`/workflows/${workflow.id}/executions`, { input: {} })).body;
    await waitForExecution(api, workflow.id, execution.id, ['running']);
    return { tenant, api, workflow, execution };
  };

  it('cancels its executions, and no later step writes a memory, a search-index row or a usage row', async () => {
    const doomed = await startRunning('Doomed mid-run');
    // The same workflow in another tenant: once it has finished, the doomed one would have too.
    const control = await startRunning('Control');
    expect((await live.admin.delete(`/tenants/${doomed.tenant.id}`)).status).toBe(204);
    expect((await waitForExecution(control.api, control.workflow.id, control.execution.id)).status).toBe('succeeded');

    const db = new Database(dbFile, { readonly: true });
    try {
      const count = (sql: string, ...args: string[]) => (db.prepare(sql).pluck().get(...args) as number);
      for (const table of ['memories', 'memory_postings', 'memory_terms', 'usage_records', 'executions', 'workflows']) expect(count(`SELECT count(*) FROM ${table} WHERE tenant_id = ?`, doomed.tenant.id), table).toBe(0);
      expect(count('SELECT count(*) FROM memories WHERE tenant_id = ?', control.tenant.id)).toBe(1);
      expect(count('SELECT count(DISTINCT seq) FROM memory_postings')).toBe(count('SELECT count(*) FROM memories'));
    } finally {
      db.close();
    }
  });
});
