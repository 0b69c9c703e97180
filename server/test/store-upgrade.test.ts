// A database file written by an earlier version (tenants without their stored JSON) is upgraded when
// the store opens it, and its tenants are answered exactly as the rows say.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'cognitionos-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const earlier = { id: 'ten_01jd5ee8ym0000000000000001', name: 'Acme', slug: 'acme', status: 'suspended', created_at: '2026-11-01T09:00:00.000Z', updated_at: '2026-11-02T09:00:00.000Z' };
// A `__proto__` key is a key like any other in metadata (issue 14): it must survive the upgrade too.
const METADATA = '{"tier":"gold","__proto__":1}';

function writeEarlierFile(file: string) {
  const db = new Database(file);
  db.exec(`CREATE TABLE tenants (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
    metadata TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`);
  db.prepare('INSERT INTO tenants VALUES (?, ?, ?, ?, ?, ?, ?)').run(earlier.id, earlier.name, earlier.slug, earlier.status, METADATA, earlier.created_at, earlier.updated_at);
  db.close();
}

it('serves the tenants of an earlier file as their rows say, and keeps serving them after an update', () => {
  const file = join(dir, 'earlier.db');
  writeEarlierFile(file);
  const store = openStore(file, { idempotencyRetentionMs: 60_000 });
  try {
    const { created_at, updated_at, ...named } = earlier;
    const expected = `${JSON.stringify(named).slice(0, -1)},"metadata":${METADATA},"created_at":"${created_at}","updated_at":"${updated_at}"}`;
    expect(store.tenants.getJson(earlier.id)).toBe(expected);
    expect(JSON.parse(store.tenants.listJson('', 20)).data).toEqual([JSON.parse(expected)]);
    const updated = store.tenants.update(store.tenants.get(earlier.id)!, { name: 'Acme Corp' });
    expect(JSON.parse(store.tenants.getJson(earlier.id)!)).toEqual(updated);
    expect(updated.name).toBe('Acme Corp');
  } finally {
    store.db.close();
  }
});

it('indexes the memories of a file searched through FTS5 per tenant, and drops the FTS tables', () => {
  const file = join(dir, 'fts.db');
  const db = new Database(file);
  db.exec(`CREATE TABLE memories (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, tenant_id TEXT NOT NULL, scope TEXT NOT NULL, agent_id TEXT,
    content TEXT NOT NULL, tags TEXT NOT NULL, metadata TEXT NOT NULL, access_count INTEGER NOT NULL,
    created_at TEXT NOT NULL, last_accessed_at TEXT NOT NULL, terms INTEGER NOT NULL DEFAULT 0);
    CREATE VIRTUAL TABLE memories_fts USING fts5 (content, tags);
    CREATE VIRTUAL TABLE memories_terms USING fts5vocab (memories_fts, instance);`);
  const insert = db.prepare("INSERT INTO memories VALUES (?, ?, ?, 'private', NULL, ?, ?, '{}', 0, '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', ?)");
  insert.run(1, 'mem_01jd5ee8ym0000000000000001', 'ten_a', 'apple pie', '["dessert"]', 3);
  insert.run(2, 'mem_01jd5ee8ym0000000000000002', 'ten_b', 'apple tart', '[]', 2);
  db.prepare('INSERT INTO memories_fts (rowid, content, tags) VALUES (1, ?, ?), (2, ?, ?)').run('apple pie', 'dessert', 'apple tart', '');
  db.close();

  const store = openStore(file, { idempotencyRetentionMs: 60_000 });
  try {
    expect(store.memories.search('ten_a', { query: 'apple dessert', top_k: 10 }).map((hit) => hit.memory.id)).toEqual(['mem_01jd5ee8ym0000000000000001']);
    expect(store.memories.search('ten_b', { query: 'tart', top_k: 10 }).map((hit) => hit.memory.id)).toEqual(['mem_01jd5ee8ym0000000000000002']);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'memories_%' AND type = 'table' ORDER BY name").pluck().all()).toEqual([]);
  } finally {
    store.db.close();
  }
});
