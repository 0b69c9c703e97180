// What one search may cost (issue 26): its terms are capped, its reads are keyed by the caller's tenant
// (so another tenant's data moves neither its scores nor its work), the postings it reads are bounded,
// and a tenant over its share of the server's time is answered 429 while other tenants are served.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../spec/src/index.ts';
import { openStore } from '../src/store/index.ts';
import { searchSql } from '../src/store/memory-index.ts';
import { startServer } from '../../test/support/server.ts';
import { client, expectProblem, newTenant, useServer } from './support.ts';

const ctx = useServer();
const filler = (count: number) => Array.from({ length: count }, (_, i) => `filler${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);

describe('search terms', () => {
  it(`uses only the first ${LIMITS.max_search_terms} distinct words of the query, repeats counted once`, async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Capped');
    const target = (await api.post('/memories', { scope: 'private', content: 'zebra' })).body.id;
    const words = filler(LIMITS.max_search_terms - 1);
    const search = async (query: string) => (await api.post('/memories/search', { query })).body.data.map((hit: { memory: { id: string } }) => hit.memory.id);
    // The last of the first 32 distinct words, even after many repeats of the others: still read.
    expect(await search(`${words.join(' ')} ${words.join(' ')} zebra`)).toEqual([target]);
    // The 33rd distinct word: left out.
    expect(await search(`${words.join(' ')} extra zebra`)).toEqual([]);
  });
});

describe('search reads', () => {
  /** The search statements' plans: every table they read is searched by a key, none scanned whole. */
  it.each([['no filter', false], ['a scope or agent filter', true]])('with %s, reads each table by a key that starts with the tenant or a row id', (_case, filtered) => {
    const store = openStore(':memory:', { idempotencyRetentionMs: 60_000 });
    try {
      const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${searchSql(filtered)}`).all({ tenant_id: 'ten_a', scope: null, agent_id: null, terms: '[]', limit: 10 }) as { detail: string }[];
      const reads = plan.map((row) => row.detail).filter((detail) => /^(SCAN|SEARCH) /.test(detail));
      // Scanned whole: only the query's own terms (json_each) and the statement's own CTEs.
      for (const scan of reads.filter((detail) => detail.startsWith('SCAN '))) expect(scan).toMatch(/^SCAN (q VIRTUAL TABLE|hits|df|stats|scored)\b/);
      // Searched: tables by a key that starts with the tenant, or one row by its id.
      const searches = reads.filter((detail) => detail.startsWith('SEARCH ') && !/^SEARCH (hits|df|stats|scored)\b/.test(detail));
      expect(searches.length).toBeGreaterThan(0);
      for (const search of searches) expect(search).toMatch(/^SEARCH \w+ USING (COVERING INDEX memories_visible \(tenant_id=\?|PRIMARY KEY \(tenant_id=\? AND term=\?\)|INTEGER PRIMARY KEY \(rowid=\?\))/);
    } finally {
      store.db.close();
    }
  });

  it(`leaves out the most common words once the query's words occur in more than ${LIMITS.max_search_postings} memories`, () => {
    const store = openStore(':memory:', { idempotencyRetentionMs: 60_000 });
    try {
      store.db.transaction(() => {
        for (let i = 0; i < LIMITS.max_search_postings; i++) store.memories.create('ten_a', { scope: 'private', content: `common word ${i}`, tags: [] });
      })();
      const rare = store.memories.create('ten_a', { scope: 'private', content: 'common unusual', tags: [] });
      const hits = store.memories.search('ten_a', { query: 'common unusual', top_k: 10 });
      // `unusual` (1 memory) is read; `common` (one more than the bound) would take the total past it: left out.
      expect(hits.map((hit) => hit.memory.id)).toEqual([rare.id]);
      // A query of the common word alone still reads it: the rarest word of a query is always read.
      expect(store.memories.search('ten_a', { query: 'common', top_k: 3 })).toHaveLength(3);
    } finally {
      store.db.close();
    }
  }, 30_000);
});

describe('a tenant over its share of the server’s time', () => {
  it('is answered 429 with Retry-After, while another tenant is served', async () => {
    // A budget far below what one search takes: the first call spends it, the next must wait.
    const server = await startServer({ env: { COGNITIONOS_COST_BUDGET: '0.001/1000' } });
    try {
      const admin = client(server.baseUrl, server.adminKey);
      const busy = await newTenant(admin, server.baseUrl, 'Busy');
      const other = await newTenant(admin, server.baseUrl, 'Other');
      expect((await busy.api.post('/memories', { scope: 'private', content: 'apple pie' })).status).toBe(201);
      const refused = await busy.api.post('/memories/search', { query: 'apple' });
      expectProblem(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await other.api.get('/memories')).status).toBe(200);
      expect((await admin.get(`/tenants/${busy.tenant.id}`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 30_000);
});
