// After a scenario, the store itself is read (its SQLite file, read-only: WAL lets a reader in while
// the server runs) to check what each caller was told: every acknowledged write is there exactly
// once, under the id the caller got; nothing is stored twice; and no row is left without its owner.
import Database from 'better-sqlite3';
import type { CallLine } from './drive.ts';

export interface WriteAudit {
  /** Writes the caller got a 2xx for. */
  acknowledged: number;
  /** Acknowledged writes not in the store under the id the caller got. */
  lost: number;
  /** Rows beyond the first for one intended write (acknowledged or not). */
  duplicated: number;
}

// What each write op stores, and the column that names the write (the driver's `key`).
const tables = {
  create: { sql: 'SELECT id, content AS key FROM memories WHERE tenant_id = ?' },
  record: { sql: 'SELECT id, metric AS key FROM usage_records WHERE tenant_id = ?' },
} as const;

export function auditWrites(file: string, tenantId: string, calls: CallLine[]): WriteAudit {
  const db = new Database(file, { readonly: true });
  try {
    const result: WriteAudit = { acknowledged: 0, lost: 0, duplicated: 0 };
    for (const [op, { sql }] of Object.entries(tables)) {
      const rows = db.prepare<[string], { id: string; key: string }>(sql).all(tenantId);
      const ids = new Set(rows.map((row) => row.id));
      const perKey = new Map<string, number>();
      for (const row of rows) perKey.set(row.key, (perKey.get(row.key) ?? 0) + 1);
      const acknowledged = calls.filter((call) => call.op === op && call.ok);
      result.acknowledged += acknowledged.length;
      result.lost += acknowledged.filter((call) => !ids.has(call.id!)).length;
      result.duplicated += [...perKey.values()].reduce((sum, times) => sum + times - 1, 0);
    }
    return result;
  } finally {
    db.close();
  }
}

/** Rows that no longer belong anywhere, each kind with the query that finds it. */
const orphanChecks: [string, string][] = [
  ['memories without their search-index postings', 'SELECT count(*) FROM memories WHERE seq NOT IN (SELECT seq FROM memory_postings)'],
  ['search-index postings without their memory', 'SELECT count(*) FROM memory_postings WHERE seq NOT IN (SELECT seq FROM memories)'],
  ['memories of no tenant', 'SELECT count(*) FROM memories WHERE tenant_id NOT IN (SELECT id FROM tenants)'],
  ['usage records of no tenant', 'SELECT count(*) FROM usage_records WHERE tenant_id NOT IN (SELECT id FROM tenants)'],
  ['api keys of no tenant', 'SELECT count(*) FROM api_keys WHERE tenant_id NOT IN (SELECT id FROM tenants)'],
  ['tenants without their subscription', 'SELECT count(*) FROM tenants WHERE id NOT IN (SELECT tenant_id FROM subscriptions)'],
  // A claim never completed would answer 409 to its key's retries for the whole retention.
  ['Idempotency-Keys claimed but never completed', "SELECT count(*) FROM idempotency WHERE state = 'in_flight'"],
];

export function findOrphans(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return orphanChecks
      .map(([what, sql]) => [what, db.prepare<[], number>(sql).pluck().get()!] as const)
      .filter(([, count]) => count > 0)
      .map(([what, count]) => `${count} ${what}`);
  } finally {
    db.close();
  }
}
