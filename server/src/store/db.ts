// One SQLite file (WAL) holds everything. synchronous=FULL because a 2xx promises the write is durable.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUSY_TIMEOUT_MS } from './availability.ts';

export type Db = Database.Database;

const schema = `
CREATE TABLE IF NOT EXISTS tenants (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
  metadata TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, masked TEXT NOT NULL,
  created_at TEXT NOT NULL, last_used_at TEXT, revoked_at TEXT);
CREATE INDEX IF NOT EXISTS api_keys_tenant ON api_keys (tenant_id, id);
CREATE TABLE IF NOT EXISTS subscriptions (
  tenant_id TEXT PRIMARY KEY, plan TEXT NOT NULL, seats INTEGER NOT NULL, cancel_at_period_end INTEGER NOT NULL,
  current_period_start TEXT NOT NULL, current_period_end TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS plugins (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL, version TEXT NOT NULL, permissions TEXT NOT NULL,
  enabled INTEGER NOT NULL, config TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (tenant_id, name));
CREATE TABLE IF NOT EXISTS workflows (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, steps TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS workflows_tenant ON workflows (tenant_id, id);
CREATE TABLE IF NOT EXISTS executions (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, workflow_id TEXT NOT NULL, status TEXT NOT NULL, input TEXT NOT NULL,
  output TEXT, error TEXT, plan TEXT NOT NULL, steps TEXT NOT NULL, created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT);
CREATE INDEX IF NOT EXISTS executions_workflow ON executions (workflow_id, id);
CREATE TABLE IF NOT EXISTS memories (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, tenant_id TEXT NOT NULL, scope TEXT NOT NULL, agent_id TEXT,
  content TEXT NOT NULL, tags TEXT NOT NULL, metadata TEXT NOT NULL, access_count INTEGER NOT NULL,
  created_at TEXT NOT NULL, last_accessed_at TEXT NOT NULL, terms INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS memories_tenant ON memories (tenant_id, id);
CREATE TABLE IF NOT EXISTS memory_postings (
  tenant_id TEXT NOT NULL, term TEXT NOT NULL, seq INTEGER NOT NULL, tf INTEGER NOT NULL, len INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, term, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS memory_terms (tenant_id TEXT NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL, PRIMARY KEY (tenant_id, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS usage_records (
  id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, metric TEXT NOT NULL, quantity REAL NOT NULL,
  timestamp TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS usage_tenant_time ON usage_records (tenant_id, timestamp);
CREATE TABLE IF NOT EXISTS api_call_counts (
  tenant_id TEXT NOT NULL, hour TEXT NOT NULL, quantity INTEGER NOT NULL, PRIMARY KEY (tenant_id, hour));
CREATE TABLE IF NOT EXISTS admin_key (id INTEGER PRIMARY KEY CHECK (id = 1), hash TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
  principal TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, state TEXT NOT NULL, status INTEGER,
  headers TEXT, body TEXT, created_at INTEGER NOT NULL, PRIMARY KEY (principal, key));
`;

export function openDb(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec(schema);
  addTenantJson(db);
  return db;
}

/**
 * A file written before tenants kept their answer's JSON gets the column, filled from each row as
 * SQLite serializes it, so the data of an earlier version is served as before.
 */
function addTenantJson(db: Db) {
  const columns = db.prepare<[], string>("SELECT name FROM pragma_table_info('tenants')").pluck().all();
  if (columns.includes('json')) return;
  db.transaction(() => {
    db.exec("ALTER TABLE tenants ADD COLUMN json TEXT NOT NULL DEFAULT ''");
    db.exec("UPDATE tenants SET json = json_object('id', id, 'name', name, 'slug', slug, 'status', status, 'metadata', json(metadata), 'created_at', created_at, 'updated_at', updated_at)");
  })();
}

/**
 * JSON text in a column, marked with the type it holds: a row type says once what each JSON column
 * holds (`Json<Step[]>`), and reading it back (`parsed`) is typed from that, with no cast at each read.
 */
export type Json<T> = string & { readonly holds?: T };
/** A row type from its spec type: the JSON columns `K` stored as text. */
export type WithJson<T, K extends keyof T> = Omit<T, K> & { [P in K]: Json<T[P]> };
export const json = <T>(value: T) => JSON.stringify(value) as Json<T>;
export const parsed = <T>(text: Json<T>) => JSON.parse(text) as T;
/** Parsed and frozen, objects inside too: one copy can serve every caller, none can change it for the others. */
export const frozen = <T>(text: Json<T>) => JSON.parse(text, (_key, value) => (typeof value === 'object' && value !== null ? Object.freeze(value) : value)) as T;

/**
 * LIMIT from a bound parameter. Written as a bare `LIMIT ?`, SQLite (3.53) reads the bound value while
 * planning, so binding it expires the statement and every list call parsed and planned its SQL anew
 * (a fifth of a list page's SQL time, seen as sqlite3Reprepare under load); as an expression it is
 * evaluated when the statement runs.
 */
export const limitBy = (param: string) => `LIMIT CAST(${param} AS INTEGER)`;

export const now = () => new Date().toISOString();

/**
 * A page as JSON text, in the shape `page` gives, from the stored JSON of up to `limit + 1` objects (one
 * more than the page says there are more). Rows are the JSON alone (`.pluck()`): an array per row, for
 * its id, cost a third of the query; the cursor's id is read from the last object on the page.
 */
export function jsonPage(objects: Json<{ id: string }>[], limit: number): string {
  const has_more = objects.length > limit;
  const data = has_more ? objects.slice(0, limit) : objects;
  const nextCursor = has_more ? JSON.stringify(parsed(data[data.length - 1]).id) : 'null';
  return `{"data":[${data.join(',')}],"has_more":${has_more},"next_cursor":${nextCursor}}`;
}

/** Keyset pagination: ids sort in creation order, so "after this id" is a stable cursor. */
export function page<T extends { id: string }>(rows: T[], limit: number) {
  const has_more = rows.length > limit;
  const data = has_more ? rows.slice(0, limit) : rows;
  return { data, has_more, next_cursor: has_more ? data[data.length - 1].id : null };
}
