// The search index of memories, per tenant: which memories hold each term (postings) and in how many
// (document frequency), and the BM25 query over them. Every read is keyed by the tenant, so what a
// search costs grows with the caller's data and the query, never with another tenant's (whose data
// would otherwise show in the caller's search time).
import { LIMITS } from '../../../spec/src/index.ts';
import { limitBy, parsed, type Db, type Json } from './db.ts';

/** Terms as FTS5's unicode61 tokenizer makes them: letter and number runs, case and diacritics folded. */
export const termsOf = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
/** The terms a memory is found by: those of its content and its tags. */
const memoryTerms = (content: string, tags: string[]) => termsOf(`${content} ${tags.join(' ')}`);
/** A memory's length for BM25. */
export const termCount = (content: string, tags: string[]) => memoryTerms(content, tags).length;

/** Each term of a memory with its number of occurrences. */
function termFrequencies(content: string, tags: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of memoryTerms(content, tags)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** What a search may filter by, besides its tenant. */
export interface SearchFilter { scope: string | null; agent_id: string | null }

/**
 * BM25 (k1 = 1.2, b = 0.75, Lucene's always-positive idf) over the memories the caller may search:
 * document count, average length and term frequencies all come from that tenant's matching memories,
 * so another tenant's data can never move a score. A posting carries its memory's length, so a search
 * with no scope or agent reads no memory but the top_k it answers; with one, each posting's memory is
 * read for the filter. CROSS JOIN keeps that order (terms, their postings, then memories): SQLite's
 * planner would otherwise start from every memory of the tenant.
 */
export function searchSql(filtered: boolean) {
  const filters = `m.tenant_id = @tenant_id AND (@scope IS NULL OR m.scope = @scope) AND (@agent_id IS NULL OR m.agent_id = @agent_id)`;
  return `
  WITH stats AS (SELECT count(*) AS n, max(avg(m.terms), 1) AS avgdl FROM memories m INDEXED BY memories_visible WHERE ${filters}),
  hits AS MATERIALIZED (
    SELECT p.term, p.seq AS doc, p.tf, p.len FROM json_each(@terms) q
    CROSS JOIN memory_postings p ON p.tenant_id = @tenant_id AND p.term = q.value
    ${filtered ? `CROSS JOIN memories m ON m.seq = p.seq WHERE ${filters}` : ''}),
  df AS (SELECT term, count(*) AS df FROM hits GROUP BY term),
  scored AS (
    SELECT hits.doc, sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) * hits.tf * 2.2 / (hits.tf + 1.2 * (0.25 + 0.75 * hits.len / stats.avgdl))) AS score
    FROM hits JOIN df USING (term), stats GROUP BY hits.doc)
  SELECT m.*, scored.score FROM scored JOIN memories m ON m.seq = scored.doc ORDER BY scored.score DESC, m.id ${limitBy('@limit')}`;
}

export function memoryIndex<Row>(db: Db) {
  const insertPosting = db.prepare('INSERT INTO memory_postings (tenant_id, term, seq, tf, len) VALUES (?, ?, ?, ?, ?)');
  const removePosting = db.prepare('DELETE FROM memory_postings WHERE tenant_id = ? AND term = ? AND seq = ?');
  const countTerm = db.prepare('INSERT INTO memory_terms (tenant_id, term, df) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET df = df + 1');
  const uncountTerm = db.prepare('UPDATE memory_terms SET df = df - 1 WHERE tenant_id = ? AND term = ?');
  const dfOf = db.prepare<[string, string], number>('SELECT df FROM memory_terms WHERE tenant_id = ? AND term = ?').pluck();
  const searchAll = db.prepare<Record<string, unknown>, Row & { score: number }>(searchSql(false));
  const searchFiltered = db.prepare<Record<string, unknown>, Row & { score: number }>(searchSql(true));

  /**
   * The query's terms a search reads: distinct, the first `max_search_terms`, then rarest first while
   * their memories together stay within `max_search_postings` (the rarest is always read). The terms
   * left out are the most common, which BM25 weighs least; together the two caps bound one search.
   */
  function chosenTerms(tenantId: string, query: string): string[] {
    const terms = [...new Set(termsOf(query))].slice(0, LIMITS.max_search_terms);
    const counted = terms.map((term) => ({ term, df: dfOf.get(tenantId, term) ?? 0 })).filter(({ df }) => df > 0);
    counted.sort((a, b) => a.df - b.df);
    const chosen: string[] = [];
    let postings = 0;
    for (const { term, df } of counted) {
      if (chosen.length > 0 && postings + df > LIMITS.max_search_postings) break;
      chosen.push(term);
      postings += df;
    }
    return chosen;
  }

  return {
    add(tenantId: string, seq: number, content: string, tags: string[]) {
      const len = termCount(content, tags);
      for (const [term, tf] of termFrequencies(content, tags)) {
        insertPosting.run(tenantId, term, seq, tf, len);
        countTerm.run(tenantId, term);
      }
    },
    remove(tenantId: string, seq: number, content: string, tags: string[]) {
      for (const term of termFrequencies(content, tags).keys()) {
        removePosting.run(tenantId, term, seq);
        uncountTerm.run(tenantId, term);
      }
    },
    /** The best `limit` memories for `query`, each with its score. */
    search(tenantId: string, query: string, filter: SearchFilter, limit: number) {
      const terms = chosenTerms(tenantId, query);
      if (terms.length === 0) return [];
      const statement = filter.scope === null && filter.agent_id === null ? searchAll : searchFiltered;
      return statement.all({ tenant_id: tenantId, ...filter, terms: JSON.stringify(terms), limit });
    },
    /**
     * Files made with the FTS5 index, whose vocabulary (fts5vocab) could only be read across every
     * tenant's rows, get the per-tenant index filled from their memories; the FTS tables are dropped.
     */
    upgradeFromFts() {
      if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'memories_fts'").get()) return;
      const rows = db.prepare<[], { seq: number; tenant_id: string; content: string; tags: Json<string[]> }>('SELECT seq, tenant_id, content, tags FROM memories').all();
      db.transaction(() => {
        for (const row of rows) this.add(row.tenant_id, row.seq, row.content, parsed(row.tags));
        db.exec('DROP TABLE IF EXISTS memories_terms; DROP TABLE memories_fts');
      })();
    },
  };
}
