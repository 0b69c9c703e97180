// The store becomes unavailable while the server runs: another process holds the SQLite file's write
// lock for longer than the busy timeout (README: other processes may open the file). Every write is
// answered 503 problem+json with Retry-After, never 500; /health says so; reads still work; nothing
// half-written remains; the server lives through it and serves writes again once the lock is gone,
// without a restart. (How fast it recovers is measured by `npm run chaos`, not asserted here.)
import Database from 'better-sqlite3';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/http/access-log.ts';
import { BUSY_TIMEOUT_MS } from '../src/store/availability.ts';
import { client, expectProblem, newTenant, waitForExecution, waitUntil, type Client } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'cognitionos-store-down-'));
const file = join(dir, 'api.db');
let server: RunningServer;
let admin: Client;
let api: Client;
let tenantId: string;
let kept: { id: string; content: string };

/** Another process's connection holding the write lock, as a backup tool or a stray sqlite3 shell would. */
function lockStore() {
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

/** What the file holds, read by a reader of our own (WAL: readers are never blocked). */
function inFile<T>(sql: string, ...params: unknown[]): T[] {
  const reader = new Database(file, { readonly: true });
  try {
    return reader.prepare(sql).all(...params) as T[];
  } finally {
    reader.close();
  }
}

beforeAll(async () => {
  server = await startServer({ env: { COGNITIONOS_DB: file } });
  admin = client(server.baseUrl, server.adminKey);
  const tenant = await newTenant(admin, server.baseUrl, 'Outage');
  tenantId = tenant.tenant.id;
  api = tenant.api;
  kept = (await api.post('/memories', { scope: 'private', content: 'written before the outage' })).body;
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the store locked by another process past the busy timeout', () => {
  let unlock: () => void;
  beforeAll(() => {
    unlock = lockStore();
  });
  afterAll(() => unlock?.());

  it('answers a create 503 problem+json with an integer Retry-After, not 500', async () => {
    const reply = await admin.post('/tenants', { name: 'During the outage' });
    expectProblem(reply, 503);
    expect(reply.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(reply.headers.get('x-should-retry')).toBe('true');
  });

  it('answers a create with an Idempotency-Key 503 too, and does not store that answer for the key', async () => {
    const reply = await api.post('/memories', { scope: 'private', content: 'keyed during the outage' }, { 'Idempotency-Key': 'outage-1' });
    expectProblem(reply, 503);
    expect(inFile('SELECT key FROM idempotency WHERE key = ?', 'outage-1')).toEqual([]);
  });

  it('answers every kind of write 503: update and delete as well', async () => {
    expectProblem(await admin.patch(`/tenants/${tenantId}`, { name: 'Renamed' }), 503);
    expectProblem(await api.delete(`/memories/${kept.id}`), 503);
  });

  it('reports the store on /health: 503, status degraded, store error', async () => {
    const reply = await client(server.baseUrl).get('/health');
    expect(reply.status).toBe(503);
    expect(reply.body).toMatchObject({ status: 'degraded', store: 'error' });
  });

  // Retrieving a memory counts an access (a write), so it is refused like the other writes.
  it('still serves reads that write nothing: a list page, a tenant', async () => {
    const page = await api.get('/memories');
    expect(page.status).toBe(200);
    expect(page.body.data.map((memory: { content: string }) => memory.content)).toEqual(['written before the outage']);
    const tenant = await admin.get(`/tenants/${tenantId}`);
    expect(tenant.status).toBe(200);
    expect(tenant.body.name).toBe('Outage');
  });

  it('lives through more than one api_calls flush while the lock is held (the flush waits, the process does not end)', async () => {
    await sleep(2 * BUSY_TIMEOUT_MS + 1000);
    expect((await api.get('/memories')).status).toBe(200);
  });
});

describe('after the lock is released', () => {
  it('serves writes again without a restart', async () => {
    const reply = await waitUntil(() => admin.post('/tenants', { name: 'After the outage' }), (r) => r.status !== 503);
    expect(reply.status).toBe(201);
    expect((await client(server.baseUrl).get('/health')).body).toMatchObject({ status: 'ok', store: 'ok' });
  });

  it('runs a key refused during the outage afresh: stored once, not a replay of the 503', async () => {
    const reply = await api.post('/memories', { scope: 'private', content: 'keyed during the outage' }, { 'Idempotency-Key': 'outage-1' });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('idempotent-replayed')).toBeNull();
    expect(inFile('SELECT id FROM memories WHERE content = ?', 'keyed during the outage')).toHaveLength(1);
  });

  it('left nothing half-written: no tenant, memory or index row from the refused writes', async () => {
    expect(inFile('SELECT id FROM tenants WHERE name = ?', 'During the outage')).toEqual([]);
    expect(inFile('SELECT name FROM tenants WHERE id = ?', tenantId)).toEqual([{ name: 'Outage' }]);
    expect(inFile('SELECT id FROM memories WHERE id = ?', kept.id)).toHaveLength(1);
    // Every memory has its search-index row and no index row is left without its memory.
    expect(inFile('SELECT seq FROM memories WHERE seq NOT IN (SELECT seq FROM memory_postings)')).toEqual([]);
    expect(inFile('SELECT DISTINCT seq FROM memory_postings WHERE seq NOT IN (SELECT seq FROM memories)')).toEqual([]);
  });

  it('kept the api_calls counted while the store could not write them', async () => {
    const summary = await api.get(`/usage/summary?start=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}&end=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}&metric=api_calls`);
    expect(summary.status).toBe(200);
    // The tenant key's answered calls: 1 before the outage (the memory create; newTenant's calls use
    // the admin key), the 2 list pages read during it (its create and delete were refused with 503,
    // and refused calls are not billed), 1 after it and this summary itself.
    expect(summary.body.totals).toEqual([{ metric: 'api_calls', quantity: 5 }]);
  });
});

describe('an execution whose step ends while the store is locked', () => {
  it('is failed with a reason once the store returns, the server living through it, never left running', async () => {
    const workflow = (await api.post('/workflows', { name: 'outage', steps: [{ type: 'delay', duration_ms: 1500 }, { type: 'memory_write', scope: 'private', content: 'written by the workflow' }] })).body;
    const execution = (await api.post(`/workflows/${workflow.id}/executions`, { input: {} })).body;
    await waitUntil(() => api.get(`/workflows/${workflow.id}/executions/${execution.id}`), (r) => r.body.status === 'running');
    const unlock = lockStore();
    try {
      // The delay ends under the lock: saving its end fails, and so does every later try, until the lock goes.
      await sleep(3000);
      expect((await api.get('/memories')).status).toBe(200);
    } finally {
      unlock();
    }
    const finished = await waitForExecution(api, workflow.id, execution.id);
    expect(finished.status).toBe('failed');
    expect(finished.error).toMatch(/interrupted while running/);
    // The step that might have half-applied is not replayed: its memory was never written.
    expect(inFile('SELECT id FROM memories WHERE content = ?', 'written by the workflow')).toEqual([]);
  });
});

// The other way a store stops taking writes: its disk is full. Made real with SQLite's page limit on
// the app's own connection (in process, so the test can reach it), then lifted again.
describe('a full store', () => {
  it('answers writes 503 with Retry-After, never 500, and takes them again once there is room, without a restart', async () => {
    const running = createApp({ dbFile: join(dir, 'full.db'), adminKey: { given: 'cog_admin_full_store_test' }, rateLimit: { limit: 10_000, windowSeconds: 60 }, faults: null, newer: false, idempotencyRetentionMs: 60_000, logger: createLogger('silent', false) });
    const server = running.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const full = client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`, 'cog_admin_full_store_test');
    try {
      const pages = running.store.db.pragma('page_count', { simple: true }) as number;
      running.store.db.pragma(`max_page_count = ${pages}`);
      const statuses: number[] = [];
      // Each tenant takes room; the file may not grow, so one of them finds no room left.
      for (let i = 0; i < 200 && !statuses.includes(503); i++) statuses.push((await full.post('/tenants', { name: `Filler ${i}` })).status);
      expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
      const refused = await full.post('/tenants', { name: 'No room' });
      expectProblem(refused, 503);
      expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      expect((await client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`).get('/health')).status).toBe(503);
      running.store.db.pragma('max_page_count = 1073741823');
      expect((await full.post('/tenants', { name: 'Room again' })).status).toBe(201);
    } finally {
      server.close();
      running.close();
    }
  });
});
