// bench/search (issue 26): what one search costs over a tenant of 20,000 memories of 40 words, whether
// another tenant's data changes it, and how /health answers while one tenant searches as fast as its
// rate limit allows. The tenants are built in the store file first (the server's own create code), then
// the reference server serves it; baselines (/health idle, A before B's data) are taken in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../../spec/src/index.ts';
import { openStore } from '../../server/src/store/index.ts';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';
import { corpus } from './corpus.ts';

const MEMORIES_A = 20_000;
const MEMORIES_B = 30_000;
const WORDS = 40;
const SAMPLES = Number(process.env.BENCH_SEARCH_SAMPLES ?? 40);
const HEALTH_SECONDS = Number(process.env.BENCH_HEALTH_SECONDS ?? 10);
const SEARCHERS = 4;

const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
const dbFile = join(dir, 'search.db');
const wordsA = corpus('a', 1);
const wordsB = corpus('b', 2);
/** A word only B uses, and uses heavily: B's most common one. */
const onlyB = wordsB.ranked(0);

/** Memories written through the server's own store code, in one transaction (the seeding is not measured). */
function seed(tenantId: string, count: number, text: () => string) {
  const store = openStore(dbFile, { idempotencyRetentionMs: 60_000 });
  try {
    store.db.transaction(() => {
      for (let i = 0; i < count; i++) store.memories.create(tenantId, { scope: 'private', content: text(), tags: [] });
    })();
  } finally {
    store.db.close();
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];
const ms = (value: number) => value.toFixed(1);

/** Latency of `count` sequential calls, in ms. */
async function timed(count: number, call: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await call();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

const search = (server: RunningServer, key: string, query: string) => () =>
  fetch(`${server.baseUrl}/memories/search`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
const health = (server: RunningServer) => () => fetch(`${server.baseUrl}/health`);

async function tenantWithKey(server: RunningServer, name: string) {
  const tenant = await server.adminPost<{ id: string }>('/tenants', { name });
  const key = await server.adminPost<{ secret: string }>(`/tenants/${tenant.id}/api_keys`, { name: 'bench' });
  return { id: tenant.id, key: key.secret };
}

/** The server on the bench's file; `lifted` lifts the per-key rate limit and the cost budget, to time searches back to back. */
const serve = (lifted: boolean) => startServer({ env: { COGNITIONOS_DB: dbFile, LOG_LEVEL: 'warn', ...(lifted ? { COGNITIONOS_RATE_LIMIT: '1000000/60', COGNITIONOS_COST_BUDGET: '1000000/1' } : {}) } });

const loadBefore = loadavg()[0];
// 1. Tenants A and B exist (made through the API), A's memories are written.
let server = await serve(true);
const a = await tenantWithKey(server, 'A');
const b = await tenantWithKey(server, 'B');
await server.stop();
seed(a.id, MEMORIES_A, () => wordsA.text(WORDS));

// 2. One search's cost over A's 20,000 memories, against /health on the same server.
server = await serve(true);
const queries = {
  '1 term (the most common word)': wordsA.ranked(0),
  '1 term (a mid-frequency word)': wordsA.ranked(500),
  '10 terms': wordsA.distinct(10).join(' '),
  '150 terms (as text draws them)': wordsA.distinct(150).join(' ').slice(0, 1000),
};
const costRows: string[] = [];
const baseline = await timed(SAMPLES, health(server));
costRows.push(`| GET /health (baseline) | ${ms(percentile(baseline, 50))} | ${ms(percentile(baseline, 99))} |`);
for (const [name, query] of Object.entries(queries)) {
  await timed(3, search(server, a.key, query));
  const times = await timed(SAMPLES, search(server, a.key, query));
  costRows.push(`| ${name}, ${query.length} characters | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} |`);
}
const ownQuery = wordsA.distinct(3).join(' ');
const before = { own: percentile(await timed(SAMPLES, search(server, a.key, ownQuery)), 50), onlyB: percentile(await timed(SAMPLES, search(server, a.key, onlyB)), 50) };
await server.stop();

// 3. B adds 30,000 memories (of words A never uses); A searches the same again.
seed(b.id, MEMORIES_B, () => wordsB.text(WORDS));
server = await serve(true);
await timed(3, search(server, a.key, ownQuery));
const after = { own: percentile(await timed(SAMPLES, search(server, a.key, ownQuery)), 50), onlyB: percentile(await timed(SAMPLES, search(server, a.key, onlyB)), 50) };
await server.stop();

// 4. /health while A searches (150 terms, 4 connections) as fast as the default limits allow.
server = await serve(false);
const idle = await timed(SAMPLES * 5, health(server));
const heavy = queries['150 terms (as text draws them)'];
let stop = false;
const answered: Record<number, number> = {};
async function searcher() {
  while (!stop) {
    const response = await search(server, a.key, heavy)();
    await response.arrayBuffer();
    answered[response.status] = (answered[response.status] ?? 0) + 1;
  }
}
const searchers = Array.from({ length: SEARCHERS }, searcher);
const busy: number[] = [];
const until = performance.now() + HEALTH_SECONDS * 1000;
while (performance.now() < until) {
  busy.push(...(await timed(1, health(server))));
  await new Promise((resolve) => setTimeout(resolve, 10));
}
stop = true;
await Promise.all(searchers);
await server.stop();
rmSync(dir, { recursive: true, force: true });

const statusCounts = Object.entries(answered).map(([status, count]) => `${count} × ${status}`).join(', ');
const markdown = `
## Search over a 20,000-memory tenant (bench/search)

Tenant A holds ${MEMORIES_A.toLocaleString('en')} memories of ${WORDS} words, drawn by Zipf's law from 10,000 words (a few words occur in
almost every memory, most in few); B's ${MEMORIES_B.toLocaleString('en')} memories use other words. Built in the store file through the
server's own code, then served by the reference server (file store, access log off); one keep-alive connection,
sequential calls, ${SAMPLES} per case after 3 unmeasured. Search cost is timed with the per-key rate limit and the cost budget
lifted. Machine load average (1 min) at the start of this run: ${loadBefore.toFixed(1)} (other work shares the 2 cores).

A search reads the caller's postings of at most ${LIMITS.max_search_terms} distinct query words, rarest first, up to ${LIMITS.max_search_postings.toLocaleString('en')} postings
(the rarest word always). Targets (issue 26): a 150-term search under 50 ms; /health p99 under 50 ms while one tenant
searches as fast as its limits allow; A's search time unchanged by B's data.

| case | p50 ms | p99 ms |
| --- | ---: | ---: |
${costRows.join('\n')}

Another tenant's data: A's median search before and after B added ${MEMORIES_B.toLocaleString('en')} memories.

| A searches | before ms | after ms | ratio |
| --- | ---: | ---: | ---: |
| 3 of A's own words | ${ms(before.own)} | ${ms(after.own)} | **${(after.own / before.own).toFixed(2)}** |
| a word only B uses, heavily | ${ms(before.onlyB)} | ${ms(after.onlyB)} | **${(after.onlyB / before.onlyB).toFixed(2)}** |

/health (sampled every 10 ms for ${HEALTH_SECONDS} s) while A searches 150 terms from ${SEARCHERS} connections with the default limits
(600 requests per 60 s per key, a cost budget of 1000 ms per 2 s per tenant); baseline: /health with no search running.
A's searches were answered ${statusCounts}.

| /health | samples | p50 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: | ---: |
| idle (baseline) | ${idle.length} | ${ms(percentile(idle, 50))} | ${ms(percentile(idle, 99))} | ${ms(Math.max(...idle))} |
| while A searches | ${busy.length} | ${ms(percentile(busy, 50))} | ${ms(percentile(busy, 99))} | ${ms(Math.max(...busy))} |
`;
console.log(markdown);
writeBenchSection('search', markdown);
