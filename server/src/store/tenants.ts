import type { z } from 'zod';
import type { Tenant as TenantSchema, TenantCreateParams, TenantUpdateParams } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { frozen, json, jsonPage, limitBy, now, type Db, type Json, type WithJson } from './db.ts';

export type Tenant = z.output<typeof TenantSchema>;
/**
 * The table's row: the spec's Tenant with metadata as JSON text, and the whole tenant as the JSON an
 * answer sends (written with every change, so reads send it as it is: building it per read was most
 * of a list page's SQL time).
 */
type TenantRow = WithJson<Tenant, 'metadata'> & { json: Json<Tenant> };

/** The row for a tenant; its fields in the spec's order, which the stored JSON keeps. */
const toRow = (tenant: Tenant): TenantRow => ({ ...tenant, metadata: json(tenant.metadata), json: json(tenant) });

const PERIOD_DAYS = 30;
/** Tenants the cache holds at most (a few MB); past it, the one cached longest ago leaves. */
const CACHED_TENANTS = 10_000;

/**
 * Tenants by id, as their answer's JSON and parsed once: every tenant-key call reads its tenant (to
 * authenticate) and GET /tenants/{id} sends that JSON as it is, so most reads need no SQL. Filled only by
 * reads outside a transaction, and each write forgets the tenant it changes: it never holds what a
 * rolled-back transaction wrote. The store's file is this server's alone (another process writing it
 * would not be seen here).
 */
function tenantCache(db: Db, read: (id: string) => Json<Tenant> | undefined) {
  const entries = new Map<string, { json: Json<Tenant>; tenant: Tenant }>();
  return {
    get(id: string) {
      const cached = entries.get(id);
      if (cached) return cached;
      const json = read(id);
      if (json === undefined) return undefined;
      const entry = { json, tenant: frozen(json) };
      if (db.inTransaction) return entry;
      if (entries.size >= CACHED_TENANTS) entries.delete(entries.keys().next().value!);
      entries.set(id, entry);
      return entry;
    },
    forget: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  };
}

function slugFrom(name: string): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 55).replace(/-+$/, '');
  return base || 'tenant';
}

export function tenantStore(db: Db) {
  const slugTaken = db.prepare<[string], Pick<TenantRow, 'id'>>('SELECT id FROM tenants WHERE slug = ?');
  const jsonById = db.prepare<[string], Json<Tenant>>('SELECT json FROM tenants WHERE id = ?').pluck();
  const cache = tenantCache(db, (id) => jsonById.get(id));
  const jsonListAfter = db.prepare<[string, number], Json<Tenant>>(`SELECT json FROM tenants WHERE id > ? ORDER BY id ${limitBy('?')}`).pluck();
  const insert = db.prepare('INSERT INTO tenants (id, name, slug, status, metadata, created_at, updated_at, json) VALUES (@id, @name, @slug, @status, @metadata, @created_at, @updated_at, @json)');
  const insertSubscription = db.prepare(
    "INSERT INTO subscriptions VALUES (?, 'starter', 1, 0, ?, ?, ?, ?)",
  );
  const update = db.prepare('UPDATE tenants SET name = @name, status = @status, metadata = @metadata, updated_at = @updated_at, json = @json WHERE id = @id');
  const ownedTables = ['api_keys', 'subscriptions', 'plugins', 'workflows', 'executions', 'memories', 'memory_postings', 'memory_terms', 'usage_records', 'api_call_counts'];
  const deleteOwned = ownedTables.map((table) => db.prepare(`DELETE FROM ${table} WHERE tenant_id = ?`));
  const deleteTenant = db.prepare('DELETE FROM tenants WHERE id = ?');

  /** A derived slug gets a numeric suffix on collision; an explicit one is the caller's to choose (null = taken). */
  function freeSlug(name: string, explicit?: string): string | null {
    if (explicit) return slugTaken.get(explicit) ? null : explicit;
    const base = slugFrom(name);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!slugTaken.get(candidate)) return candidate;
    }
  }

  return {
    /** The tenant, frozen: one copy serves every caller. */
    get: (id: string) => cache.get(id)?.tenant,
    /** The tenant as JSON text, for answers that only send it. */
    getJson: (id: string) => cache.get(id)?.json,
    /** Empties the cache (SIGUSR2, for the chaos run's cache failure): later reads refill it from the file. */
    dropCache: () => cache.clear(),
    listJson: (after: string, limit: number) => jsonPage(jsonListAfter.all(after, limit + 1), limit),
    create: db.transaction((input: z.output<typeof TenantCreateParams>) => {
      const slug = freeSlug(input.name, input.slug);
      if (!slug) return null;
      const at = now();
      const tenant: Tenant = { id: newId('ten'), name: input.name, slug, status: 'active', metadata: input.metadata ?? {}, created_at: at, updated_at: at };
      insert.run(toRow(tenant));
      const periodEnd = new Date(Date.parse(at) + PERIOD_DAYS * 86_400_000).toISOString();
      insertSubscription.run(tenant.id, at, periodEnd, at, at);
      return tenant;
    }),
    update: (tenant: Tenant, changes: z.output<typeof TenantUpdateParams>): Tenant => {
      const next = { ...tenant, ...changes, updated_at: now() };
      update.run(toRow(next));
      cache.forget(tenant.id);
      return next;
    },
    delete: db.transaction((id: string) => {
      for (const statement of deleteOwned) statement.run(id);
      deleteTenant.run(id);
      cache.forget(id);
    }),
  };
}
