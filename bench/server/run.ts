// bench/server: GET one tenant and GET a list page through the reference server, against bare Express
// serving the same bytes, in one run, same machine, same load generator; prints ratios and p99.
import autocannon from 'autocannon';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

interface Figures { rps: number; p50: number; p99: number; errors: number }

async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function seed(server: RunningServer) {
  const tenants = [];
  for (let i = 0; i < 20; i++) tenants.push(await server.adminPost('/tenants', { name: `Bench ${i}`, metadata: { tier: 'bench' } }));
  const page = await fetch(`${server.baseUrl}/tenants?limit=20`, { headers: { authorization: `Bearer ${server.adminKey}` } }).then((r) => r.json());
  return { tenant: tenants[0], page };
}

const reference = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
const fixture = await seed(reference);
const fixtureFile = join(mkdtempSync(join(tmpdir(), 'bench-')), 'fixture.json');
writeFileSync(fixtureFile, JSON.stringify(fixture));
const bare = await startServer({ env: { BENCH_FIXTURE: fixtureFile }, entry: 'bench/server/bare.ts' });

const auth = { authorization: `Bearer ${reference.adminKey}` };
const cases = [
  { name: 'GET one tenant', path: `/tenants/${fixture.tenant.id}` },
  { name: 'GET a list page (20)', path: '/tenants?limit=20' },
];
const rows: string[] = [];
try {
  for (const { name, path } of cases) {
    const baseline = await load(`${bare.baseUrl}${path}`, {});
    const measured = await load(`${reference.baseUrl}${path}`, auth);
    const ratio = measured.rps / baseline.rps;
    console.log(`${name}: reference ${measured.rps.toFixed(0)} req/s (p99 ${measured.p99} ms), bare Express ${baseline.rps.toFixed(0)} req/s (p99 ${baseline.p99} ms), ratio ${ratio.toFixed(2)}`);
    if (measured.errors || baseline.errors) console.log(`  errors/non-2xx: reference ${measured.errors}, bare ${baseline.errors}`);
    rows.push(`| ${name} | ${measured.rps.toFixed(0)} | ${measured.p50} / ${measured.p99} | ${baseline.rps.toFixed(0)} | ${baseline.p50} / ${baseline.p99} | **${ratio.toFixed(2)}** |`);
  }
} finally {
  await Promise.all([reference.stop(), bare.stop()]);
}

writeBenchSection('server', `
## Reference server vs bare Express (bench/server)

autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per case, keep-alive, load generator and server on the same 2-core machine.
Bare Express serves the same JSON bytes with no validation, auth, rate limit, store or headers. Target: ratio >= 0.6, p99 < 25 ms.

| case | reference req/s | p50 / p99 ms | bare req/s | p50 / p99 ms | ratio |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`);
