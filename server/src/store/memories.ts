import type { z } from 'zod';
import type { MemoryCreateParams, MemoryListQuery, Memory as MemorySchema, MemorySearchParams } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
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

/** Terms as FTS5's unicode61 tokenizer makes them: letter and number runs, case and diacritics folded. */
const termsOf = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
/** A memory's length for BM25: the terms of its content and its tags, the two indexed columns. */
const termCount = (content: string, tags: string[]) => termsOf(`${content} ${tags.join(' ')}`).length;

/**
 * BM25 (k1 = 1.2, b = 0.75, Lucene's always-positive idf) over the memories the caller may search:
 * document count, average length and term frequencies all come from that tenant's matching memories,
 * so another tenant's data can never move a score. FTS5's own bm25() would use the whole table.
 * Term occurrences come from the FTS index (fts5vocab); lengths are counted at insert.
 */
const searchSql = (filters: string) => `
  WITH visible AS (SELECT seq, terms FROM memories m WHERE ${filters}),
  stats AS (SELECT count(*) AS n, max(avg(terms), 1) AS avgdl FROM visible),
  hits AS (
    SELECT t.term, t.doc, count(*) AS tf FROM memories_terms t JOIN visible ON visible.seq = t.doc
    WHERE t.term IN (SELECT value FROM json_each(@terms)) GROUP BY t.term, t.doc),
  df AS (SELECT term, count(*) AS df FROM hits GROUP BY term),
  scored AS (
    SELECT hits.doc, sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) * hits.tf * 2.2 / (hits.tf + 1.2 * (0.25 + 0.75 * visible.terms / stats.avgdl))) AS score
    FROM hits JOIN df USING (term) JOIN visible ON visible.seq = hits.doc, stats GROUP BY hits.doc)
  SELECT m.*, scored.score FROM scored JOIN memories m ON m.seq = scored.doc ORDER BY scored.score DESC, m.id ${limitBy('@limit')}`;

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
  const insert = db.prepare('INSERT INTO memories (id, tenant_id, scope, agent_id, content, tags, metadata, access_count, created_at, last_accessed_at, terms) VALUES (@id, @tenant_id, @scope, @agent_id, @content, @tags, @metadata, 0, @created_at, @created_at, @terms)');
  const insertFts = db.prepare('INSERT INTO memories_fts (rowid, content, tags) VALUES (?, ?, ?)');
  const byId = db.prepare<[string, string], MemoryRow>('SELECT * FROM memories WHERE tenant_id = ? AND id = ?');
  const touch = db.prepare('UPDATE memories SET access_count = access_count + 1, last_accessed_at = ? WHERE seq = ?');
  const removeFts = db.prepare('DELETE FROM memories_fts WHERE rowid = ?');
  const remove = db.prepare('DELETE FROM memories WHERE seq = ?');
  const filters = (t: string) => `${t}.tenant_id = @tenant_id AND (@scope IS NULL OR ${t}.scope = @scope) AND (@agent_id IS NULL OR ${t}.agent_id = @agent_id)`;
  const listAfter = db.prepare<Record<string, unknown>, MemoryRow>(
    `SELECT * FROM memories m WHERE ${filters('m')} AND (@tag IS NULL OR EXISTS (SELECT 1 FROM json_each(m.tags) WHERE value = @tag)) AND m.id > @after ORDER BY m.id ${limitBy('@limit')}`,
  );
  const search = db.prepare<Record<string, unknown>, MemoryRow & { score: number }>(searchSql(filters('m')));

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
    search(tenantId: string, query: z.output<typeof MemorySearchParams>) {
      const terms = [...new Set(termsOf(query.query))];
      if (terms.length === 0) return [];
      const rows = search.all({ tenant_id: tenantId, scope: query.scope ?? null, agent_id: query.agent_id ?? null, terms: json(terms), limit: query.top_k });
      touchAll(rows);
      return rows.map(({ score, ...row }) => ({ memory: toMemory(row), score }));
    },
  };
}
