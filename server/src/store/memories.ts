import type { z } from 'zod';
import type { MemoryCreateParams, MemoryListQuery, Memory as MemorySchema, MemorySearchParams } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { memoryIndex, termCount } from './memory-index.ts';
import { json, limitBy, now, page, parsed, type Db, type WithJson } from './db.ts';

export type Memory = z.output<typeof MemorySchema>;
/** The table's row: the spec's Memory with tags and metadata as JSON text, tier derived, and what search needs. */
type MemoryRow = Omit<WithJson<Memory, 'tags' | 'metadata'>, 'tier'> & { seq: number; tenant_id: string; terms: number };

const DAY = 86_400_000;
/** Tier follows recency of use: hot within a day, warm within a week, cold after. */
function tierOf(lastAccessedAt: string): Memory['tier'] {
  const idle = Date.now() - Date.parse(lastAccessedAt);
  return idle < DAY ? 'hot' : idle < 7 * DAY ? 'warm' : 'cold';
}

const toMemory = ({ seq: _seq, tenant_id: _tenant, terms: _terms, ...row }: MemoryRow): Memory => ({
  ...row,
  tags: parsed(row.tags),
  metadata: parsed(row.metadata),
  tier: tierOf(row.last_accessed_at),
});

export type MemoryFilter = Omit<z.output<typeof MemoryListQuery>, 'limit' | 'cursor'>;

/** Files made before `terms` existed get the column, filled from each memory's text. */
function addTermCounts(db: Db) {
  if (db.prepare("SELECT 1 FROM pragma_table_info('memories') WHERE name = 'terms'").get()) return;
  db.exec('ALTER TABLE memories ADD COLUMN terms INTEGER NOT NULL DEFAULT 0');
  const set = db.prepare('UPDATE memories SET terms = ? WHERE seq = ?');
  const rows = db.prepare<[], Pick<MemoryRow, 'seq' | 'content' | 'tags'>>('SELECT seq, content, tags FROM memories').all();
  db.transaction(() => rows.forEach((row) => set.run(termCount(row.content, parsed(row.tags)), row.seq)))();
}

export function memoryStore(db: Db) {
  addTermCounts(db);
  // After `terms` exists: what search counts and averages, read without the rows themselves.
  db.exec('CREATE INDEX IF NOT EXISTS memories_visible ON memories (tenant_id, scope, agent_id, terms)');
  const index = memoryIndex<MemoryRow>(db);
  index.upgradeFromFts();
  const insert = db.prepare('INSERT INTO memories (id, tenant_id, scope, agent_id, content, tags, metadata, access_count, created_at, last_accessed_at, terms) VALUES (@id, @tenant_id, @scope, @agent_id, @content, @tags, @metadata, 0, @created_at, @created_at, @terms)');
  const byId = db.prepare<[string, string], MemoryRow>('SELECT * FROM memories WHERE tenant_id = ? AND id = ?');
  const touch = db.prepare('UPDATE memories SET access_count = access_count + 1, last_accessed_at = ? WHERE seq = ?');
  const remove = db.prepare('DELETE FROM memories WHERE seq = ?');
  const filters = (t: string) => `${t}.tenant_id = @tenant_id AND (@scope IS NULL OR ${t}.scope = @scope) AND (@agent_id IS NULL OR ${t}.agent_id = @agent_id)`;
  const listAfter = db.prepare<Record<string, unknown>, MemoryRow>(
    `SELECT * FROM memories m WHERE ${filters('m')} AND (@tag IS NULL OR EXISTS (SELECT 1 FROM json_each(m.tags) WHERE value = @tag)) AND m.id > @after ORDER BY m.id ${limitBy('@limit')}`,
  );

  const touchAll = db.transaction((rows: MemoryRow[]) => {
    const at = now();
    for (const row of rows) {
      touch.run(at, row.seq);
      row.access_count += 1;
      row.last_accessed_at = at;
    }
  });

  return {
    create(tenantId: string, input: z.output<typeof MemoryCreateParams>) {
      const row = {
        id: newId('mem'), tenant_id: tenantId, scope: input.scope, agent_id: input.agent_id ?? null, content: input.content, tags: json(input.tags),
        metadata: json(input.metadata ?? {}), created_at: now(), terms: termCount(input.content, input.tags),
      };
      const created = db.transaction(() => {
        const { lastInsertRowid } = insert.run(row);
        index.add(tenantId, Number(lastInsertRowid), row.content, input.tags);
        return byId.get(tenantId, row.id)!;
      })();
      return toMemory(created);
    },
    /** Reading a memory is an access: it keeps the memory hot. */
    retrieve(tenantId: string, id: string) {
      const row = byId.get(tenantId, id);
      if (!row) return undefined;
      touchAll([row]);
      return toMemory(row);
    },
    list: (tenantId: string, filter: MemoryFilter, after: string, limit: number) =>
      page(listAfter.all({ tenant_id: tenantId, scope: null, agent_id: null, tag: null, ...filter, after, limit: limit + 1 }).map(toMemory), limit),
    delete(tenantId: string, id: string) {
      const row = byId.get(tenantId, id);
      if (!row) return false;
      db.transaction(() => {
        index.remove(tenantId, row.seq, row.content, parsed(row.tags));
        remove.run(row.seq);
      })();
      return true;
    },
    search(tenantId: string, query: z.output<typeof MemorySearchParams>) {
      const rows = index.search(tenantId, query.query, { scope: query.scope ?? null, agent_id: query.agent_id ?? null }, query.top_k);
      touchAll(rows);
      return rows.map(({ score, ...row }) => ({ memory: toMemory(row), score }));
    },
  };
}
