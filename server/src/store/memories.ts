import { newId } from '../ids.ts';
import { json, now, page, type Db } from './db.ts';

interface MemoryRow { seq: number; id: string; tenant_id: string; scope: string; agent_id: string | null; content: string; tags: string; metadata: string; access_count: number; created_at: string; last_accessed_at: string }

const DAY = 86_400_000;
/** Tier follows recency of use: hot within a day, warm within a week, cold after. */
function tierOf(lastAccessedAt: string): 'hot' | 'warm' | 'cold' {
  const idle = Date.now() - Date.parse(lastAccessedAt);
  return idle < DAY ? 'hot' : idle < 7 * DAY ? 'warm' : 'cold';
}

const toMemory = ({ seq: _seq, tenant_id: _tenant, ...row }: MemoryRow) => ({
  ...row,
  tags: JSON.parse(row.tags) as string[],
  metadata: JSON.parse(row.metadata) as Record<string, string>,
  tier: tierOf(row.last_accessed_at),
});

export interface MemoryFilter { scope?: string; agent_id?: string; tag?: string }

/** FTS5 query from free text: each word quoted (so no FTS syntax leaks through), any word may match. */
function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}_]+/gu);
  return words ? words.map((word) => `"${word}"`).join(' OR ') : null;
}

export function memoryStore(db: Db) {
  const insert = db.prepare('INSERT INTO memories (id, tenant_id, scope, agent_id, content, tags, metadata, access_count, created_at, last_accessed_at) VALUES (@id, @tenant_id, @scope, @agent_id, @content, @tags, @metadata, 0, @created_at, @created_at)');
  const insertFts = db.prepare('INSERT INTO memories_fts (rowid, content, tags) VALUES (?, ?, ?)');
  const byId = db.prepare<[string, string], MemoryRow>('SELECT * FROM memories WHERE tenant_id = ? AND id = ?');
  const touch = db.prepare('UPDATE memories SET access_count = access_count + 1, last_accessed_at = ? WHERE seq = ?');
  const removeFts = db.prepare('DELETE FROM memories_fts WHERE rowid = ?');
  const remove = db.prepare('DELETE FROM memories WHERE seq = ?');
  const filters = (t: string) => `${t}.tenant_id = @tenant_id AND (@scope IS NULL OR ${t}.scope = @scope) AND (@agent_id IS NULL OR ${t}.agent_id = @agent_id)`;
  const listAfter = db.prepare<Record<string, unknown>, MemoryRow>(
    `SELECT * FROM memories m WHERE ${filters('m')} AND (@tag IS NULL OR EXISTS (SELECT 1 FROM json_each(m.tags) WHERE value = @tag)) AND m.id > @after ORDER BY m.id LIMIT @limit`,
  );
  const search = db.prepare<Record<string, unknown>, MemoryRow & { rank: number }>(
    `SELECT m.*, bm25(memories_fts) AS rank FROM memories_fts JOIN memories m ON m.seq = memories_fts.rowid
     WHERE memories_fts MATCH @match AND ${filters('m')}
     ORDER BY rank, m.id LIMIT @limit`,
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
    create(tenantId: string, input: { scope: string; agent_id?: string; content: string; tags: string[]; metadata?: Record<string, string> }) {
      const row = { id: newId('mem'), tenant_id: tenantId, scope: input.scope, agent_id: input.agent_id ?? null, content: input.content, tags: json(input.tags), metadata: json(input.metadata ?? {}), created_at: now() };
      const created = db.transaction(() => {
        const { lastInsertRowid } = insert.run(row);
        insertFts.run(lastInsertRowid, row.content, input.tags.join(' '));
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
        removeFts.run(row.seq);
        remove.run(row.seq);
      })();
      return true;
    },
    search(tenantId: string, query: { query: string; scope?: string; agent_id?: string; top_k: number }) {
      const match = ftsQuery(query.query);
      if (!match) return [];
      const rows = search.all({ tenant_id: tenantId, scope: query.scope ?? null, agent_id: query.agent_id ?? null, match, limit: query.top_k });
      touchAll(rows);
      // bm25() is "lower is better" and negative; scores are reported as higher-is-better.
      return rows.map(({ rank, ...row }) => ({ memory: toMemory(row), score: -rank }));
    },
  };
}
