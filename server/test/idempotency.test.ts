// Idempotency-Key (IETF draft): same key and body replay the first answer, errors included; another
// body is 422; quoted and bare values are one key. The in-flight 409 is proven on the store, since
// handlers run synchronously and two requests can never overlap inside one.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../src/store/db.ts';
import { openStore } from '../src/store/index.ts';
import { canonicalJson, fingerprintOf, idempotencyStore } from '../src/store/idempotency.ts';
import { client, expectProblem, newTenant, useServer, type Reply } from './support.ts';

const ctx = useServer();
const withKey = (key: string) => ({ 'idempotency-key': key });
/** A replay is the first answer verbatim (its body keeps the first request's id), marked as replayed. */
function expectReplayOf(replay: Reply, first: Reply) {
  expect(replay.status).toBe(first.status);
  expect(replay.headers.get('content-type')).toBe(first.headers.get('content-type'));
  expect(replay.headers.get('idempotent-replayed')).toBe('true');
  expect(replay.body).toEqual(first.body);
}
const tenantsNamed = async (name: string) =>
  (await ctx.admin.get('/tenants?limit=100')).body.data.filter((tenant: { name: string }) => tenant.name === name);

describe('replay', () => {
  it('the same key and body replay the first 201 with Idempotent-Replayed: true, creating one tenant', async () => {
    const key = randomUUID();
    const name = `Idem ${key}`;
    const first = await ctx.admin.post('/tenants', { name }, withKey(key));
    const second = await ctx.admin.post('/tenants', { name }, withKey(key));
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expectReplayOf(second, first);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await tenantsNamed(name)).toHaveLength(1);
  });

  it('works for tenant-key POSTs too: one memory, one answer', async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const key = randomUUID();
    const first = await api.post('/memories', { scope: 'private', content: 'once' }, withKey(key));
    const second = await api.post('/memories', { scope: 'private', content: 'once' }, withKey(key));
    expect(second.body.id).toBe(first.body.id);
    expect((await api.get('/memories')).body.data).toHaveLength(1);
  });

  it('quoted and bare values of the key are the same key', async () => {
    const key = randomUUID();
    const name = `Quoted ${key}`;
    const quoted = await ctx.admin.post('/tenants', { name }, withKey(`"${key}"`));
    const bare = await ctx.admin.post('/tenants', { name }, withKey(key));
    expect(bare.headers.get('idempotent-replayed')).toBe('true');
    expect(bare.body.id).toBe(quoted.body.id);
    expect(await tenantsNamed(name)).toHaveLength(1);
  });

  it('an error answer is replayed too, even after the cause is gone', async () => {
    const slug = `taken-${randomUUID().slice(0, 8)}`;
    const holder = (await ctx.admin.post('/tenants', { name: 'Holder', slug })).body;
    const key = randomUUID();
    const first = await ctx.admin.post('/tenants', { name: 'Second', slug }, withKey(key));
    expectProblem(first, 409);
    await ctx.admin.delete(`/tenants/${holder.id}`);
    const second = await ctx.admin.post('/tenants', { name: 'Second', slug }, withKey(key));
    expectReplayOf(second, first);
  });

  it('a validation error is replayed', async () => {
    const key = randomUUID();
    const first = await ctx.admin.post('/tenants', { name: '' }, withKey(key));
    expectProblem(first, 400, 'body.name');
    expectReplayOf(await ctx.admin.post('/tenants', { name: '' }, withKey(key)), first);
  });

  it('without a key, the same POST twice creates twice', async () => {
    const name = `NoKey ${randomUUID()}`;
    await ctx.admin.post('/tenants', { name });
    await ctx.admin.post('/tenants', { name });
    expect(await tenantsNamed(name)).toHaveLength(2);
  });

  it('keys belong to the caller: another key using the same value gets its own answer', async () => {
    const one = await newTenant(ctx.admin, ctx.server.baseUrl, 'One');
    const two = await newTenant(ctx.admin, ctx.server.baseUrl, 'Two');
    const key = randomUUID();
    const first = await one.api.post('/memories', { scope: 'private', content: 'same' }, withKey(key));
    const second = await two.api.post('/memories', { scope: 'private', content: 'same' }, withKey(key));
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.id).not.toBe(first.body.id);
  });
});

describe('conflicts', () => {
  it('the same key with a different body is 422 naming the header, and creates nothing', async () => {
    const key = randomUUID();
    await ctx.admin.post('/tenants', { name: `First ${key}` }, withKey(key));
    const reply = await ctx.admin.post('/tenants', { name: `Other ${key}` }, withKey(key));
    expectProblem(reply, 422, 'header.idempotency-key');
    expect(await tenantsNamed(`Other ${key}`)).toHaveLength(0);
  });

  it('the same key on another path is 422', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const key = randomUUID();
    await api.post('/memories', { scope: 'private', content: 'x' }, withKey(key));
    expectProblem(await api.post(`/tenants/${tenant.id}/plugins`, { name: 'p', version: '1.0.0' }, withKey(key)), 422, 'header.idempotency-key');
  });

  it('the same JSON in another key order or spacing replays; a different value is 422', async () => {
    const key = randomUUID();
    const first = await ctx.admin.post('/tenants', `{"name":"Order ${key}","metadata":{"a":"1","b":"2"}}`, withKey(key));
    const reordered = await ctx.admin.post('/tenants', `{ "metadata" : { "b":"2", "a":"1" }, "name" : "Order ${key}" }`, withKey(key));
    expect(first.status).toBe(201);
    expectReplayOf(reordered, first);
    expectProblem(await ctx.admin.post('/tenants', `{"metadata":{"b":"2","a":"other"},"name":"Order ${key}"}`, withKey(key)), 422, 'header.idempotency-key');
  });

  it.each([
    ['an empty key', ''],
    ['a key with spaces', 'two words'],
    ['a key over 255 characters', 'k'.repeat(256)],
  ])('%s is 400 naming the header', async (_case, key) => {
    expectProblem(await ctx.admin.post('/tenants', { name: 'Bad key' }, withKey(key)), 400, 'header.idempotency-key');
  });
});

describe('the key store', () => {
  const DAY_MS = 86_400_000;
  const fresh = (retentionMs = DAY_MS) => idempotencyStore(openDb(':memory:'), retentionMs);
  const fingerprint = fingerprintOf('post', '/api/v3/tenants', { name: 'Acme' });
  const answer = { status: 201, headers: { Location: '/api/v3/tenants/ten_1' }, body: '{"id":"ten_1"}' };

  it('a key still in flight is refused (the server answers 409)', () => {
    const store = fresh();
    expect(store.claim('admin', 'k', fingerprint)).toEqual({ kind: 'new' });
    expect(store.claim('admin', 'k', fingerprint)).toEqual({ kind: 'in_flight' });
  });

  it('a completed key replays its stored answer', () => {
    const store = fresh();
    store.claim('admin', 'k', fingerprint);
    store.complete('admin', 'k', answer);
    expect(store.claim('admin', 'k', fingerprint)).toEqual({ kind: 'replay', response: answer });
  });

  it('another request under the same key is a mismatch, in flight or done', () => {
    const store = fresh();
    const other = fingerprintOf('post', '/api/v3/tenants', { name: 'Other' });
    store.claim('admin', 'k', fingerprint);
    expect(store.claim('admin', 'k', other)).toEqual({ kind: 'mismatch' });
    store.complete('admin', 'k', answer);
    expect(store.claim('admin', 'k', other)).toEqual({ kind: 'mismatch' });
  });

  it('a claim made in a transaction that rolls back (its request failed) leaves the key free', () => {
    const db = openDb(':memory:');
    const store = idempotencyStore(db, DAY_MS);
    const failing = db.transaction(() => {
      store.claim('admin', 'k', fingerprint);
      throw new Error('the handler failed');
    });
    expect(failing).toThrow('the handler failed');
    expect(store.claim('admin', 'k', fingerprint)).toEqual({ kind: 'new' });
  });

  /**
   * A child process runs one keyed create on a file and is killed with SIGKILL at `killAt`: inside
   * the create (after its memory was written, before its answer was stored) or just after it.
   */
  function crashDuring(file: string, killAt: 'inside' | 'after') {
    const script = `
      import { openStore } from './server/src/store/index.ts';
      const store = openStore(${JSON.stringify(file)}, { idempotencyRetentionMs: 86_400_000 });
      store.idempotency.once('key_1', 'k', ${JSON.stringify(fingerprint)}, () => {
        const memory = store.memories.create('ten_1', { scope: 'private', content: 'once', tags: [] });
        if (${JSON.stringify(killAt)} === 'inside') process.kill(process.pid, 'SIGKILL');
        return { value: memory, stored: { status: 201, headers: {}, body: JSON.stringify(memory) } };
      });
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    expect(child.signal, child.stderr.toString()).toBe('SIGKILL');
    return openStore(file, { idempotencyRetentionMs: DAY_MS });
  }

  it('a crash (kill -9) inside a keyed create leaves neither its write nor its claim: the retry runs afresh', () => {
    const store = crashDuring(join(mkdtempSync(join(tmpdir(), 'cognitionos-idem-')), 'api.db'), 'inside');
    expect(store.memories.list('ten_1', {}, '', 10).data).toEqual([]);
    expect(store.idempotency.claim('key_1', 'k', fingerprint)).toEqual({ kind: 'new' });
  });

  it('a crash (kill -9) just after a keyed create keeps the write with its answer: the retry replays it', () => {
    const store = crashDuring(join(mkdtempSync(join(tmpdir(), 'cognitionos-idem-')), 'api.db'), 'after');
    const [memory] = store.memories.list('ten_1', {}, '', 10).data;
    const claim = store.idempotency.claim('key_1', 'k', fingerprint);
    expect(claim).toMatchObject({ kind: 'replay', response: { status: 201 } });
    expect(JSON.parse((claim as { response: { body: string } }).response.body).id).toBe(memory.id);
  });

  it('past the retention a key is forgotten: claimed afresh, and purged', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
    try {
      const store = fresh(60_000);
      store.claim('admin', 'old', fingerprint);
      store.complete('admin', 'old', answer);
      vi.advanceTimersByTime(30_000);
      store.claim('admin', 'young', fingerprint);
      expect(store.claim('admin', 'old', fingerprint)).toEqual({ kind: 'replay', response: answer });
      vi.advanceTimersByTime(31_000);
      expect(store.purgeExpired()).toBe(1);
      expect(store.claim('admin', 'old', fingerprint)).toEqual({ kind: 'new' });
      expect(store.claim('admin', 'young', fingerprint)).toEqual({ kind: 'in_flight' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keys of different callers do not meet', () => {
    const store = fresh();
    store.claim('admin', 'k', fingerprint);
    expect(store.claim('key_other', 'k', fingerprint)).toEqual({ kind: 'new' });
  });

  it.each([
    ['key order', { b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } }, '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}'],
    ['a __proto__ key held as data', JSON.parse('{"__proto__":{"x":1},"a":2}'), '{"__proto__":{"x":1},"a":2}'],
    ['no body', undefined, 'null'],
    ['array order is kept', [3, 1, 2], '[3,1,2]'],
  ])('canonical JSON: %s', (_case, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('the fingerprint covers method, path and body', () => {
    expect(fingerprintOf('post', '/a', { x: 1 })).toBe(fingerprintOf('post', '/a', { x: 1 }));
    expect(fingerprintOf('post', '/b', { x: 1 })).not.toBe(fingerprintOf('post', '/a', { x: 1 }));
    expect(fingerprintOf('post', '/a', { x: 2 })).not.toBe(fingerprintOf('post', '/a', { x: 1 }));
    expect(fingerprintOf('patch', '/a', { x: 1 })).not.toBe(fingerprintOf('post', '/a', { x: 1 }));
  });
});

describe('scope: the tenant, not the API key', () => {
  it('a retry sent with another key of the same tenant, after the first key was revoked, replays and creates nothing new', async () => {
    const { tenant, api: first } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Rotating');
    const second = await ctx.admin.post(`/tenants/${tenant.id}/api_keys`, { name: 'rotated' });
    const key = withKey(randomUUID());
    const body = { scope: 'private', content: 'written once across a key rotation' };
    const original = await first.post('/memories', body, key);
    expect(original.status).toBe(201);
    const firstKeyId = (await ctx.admin.get(`/tenants/${tenant.id}/api_keys`)).body.data.find((k: { name: string }) => k.name === 'test').id;
    expect((await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/${firstKeyId}`)).status).toBe(200);

    const rotated = client(ctx.server.baseUrl, second.body.secret);
    expectReplayOf(await rotated.post('/memories', body, key), original);
    expect((await rotated.get('/memories')).body.data.map((memory: { id: string }) => memory.id)).toEqual([original.body.id]);
  });

  it('the same key in another tenant is another request', async () => {
    const a = await newTenant(ctx.admin, ctx.server.baseUrl, 'Scope A');
    const b = await newTenant(ctx.admin, ctx.server.baseUrl, 'Scope B');
    const key = withKey(randomUUID());
    const body = { scope: 'private', content: 'same key, two tenants' };
    const fromA = await a.api.post('/memories', body, key);
    const fromB = await b.api.post('/memories', body, key);
    expect([fromA.status, fromB.status]).toEqual([201, 201]);
    expect(fromB.headers.get('idempotent-replayed')).toBeNull();
    expect(fromB.body.id).not.toBe(fromA.body.id);
  });
});
