// bench/server: GET one tenant, GET a list page and POST a memory through the reference server, against
// bare Express baselines, in one run, same machine, same load generator; prints the three ratios and p99.
// Each case alternates short rounds of bare and reference and takes medians, so load from other work on
// the shared cores falls on both alike instead of on whichever ran during it.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const CONNECTIONS = 64;
/** Seconds of load per case and server, split into ROUNDS alternating rounds. */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 18);
const ROUNDS = 9;
/** An unmeasured round per server before each case, so JIT warm-up does not land in the first rounds. */
const WARMUP_S = 2;

interface Figures { rps: number; p50: number; p99: number; errors: number; requests: number; cpuMs: number }

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). Per
 * request, it says what each server's work costs, apart from how the two processes share the cores.
 */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Case {
  name: string;
  path: string;
  /** For a write: method, body, and a fresh Idempotency-Key on every request (as the SDKs send). */
  write?: { body: string };
  /** What the ratio must reach (issue 12). */
  target?: number;
  /** Served by the reference server that runs with its access log off. */
  quiet?: boolean;
}

async function load(server: RunningServer, path: string, headers: Record<string, string>, write?: Case['write'], duration = DURATION_S / ROUNDS): Promise<Figures> {
  const url = `${server.baseUrl}${path}`;
  const cpuBefore = cpuMsOf(server.pid);
  const result = await autocannon({
    url, connections: CONNECTIONS, duration, headers,
    ...(write ? { method: 'POST', body: write.body, requests: [{ setupRequest: (req: object) => ({ ...req, headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() } }) }] } : {}),
  } as autocannon.Options);
  return {
    rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx,
    requests: result.requests.total, cpuMs: cpuMsOf(server.pid) - cpuBefore,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sum = (rounds: Figures[], figure: 'errors' | 'requests' | 'cpuMs') => rounds.reduce((total, round) => total + round[figure], 0);

/** Medians over the rounds, each figure on its own; errors, requests and CPU time are summed. */
function medianOf(rounds: Figures[]): Figures {
  return {
    rps: median(rounds.map((round) => round.rps)),
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    errors: sum(rounds, 'errors'),
    requests: sum(rounds, 'requests'),
    cpuMs: sum(rounds, 'cpuMs'),
  };
}

/** The server's CPU time per answered request over all rounds, in µs. */
const cpuUsPerRequest = (figures: Figures) => (1000 * figures.cpuMs) / figures.requests;

async function seed(server: RunningServer) {
  const tenants = [];
  for (let i = 0; i < 20; i++) tenants.push(await server.adminPost('/tenants', { name: `Bench ${i}`, metadata: { tier: 'bench' } }));
  const page = await fetch(`${server.baseUrl}/tenants?limit=20`, { headers: { authorization: `Bearer ${server.adminKey}` } }).then((r) => r.json());
  const key = await server.adminPost(`/tenants/${tenants[0].id}/api_keys`, { name: 'bench' });
  return { tenant: tenants[0], page, tenantKey: key.secret as string };
}

// Both servers write to files on the same disk with the same SQLite settings.
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
// The reference server writes its access log (one line per request) to a file, as an operator's
// would; a second one runs with the log off, to show what the log costs.
const referenceAt = (name: string, logLevel: string) =>
  startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60', COGNITIONOS_DB: join(dir, `${name}.db`), LOG_LEVEL: logLevel }, stdoutFile: join(dir, `${name}.log`) });
const reference = await referenceAt('reference', 'info');
const quiet = await referenceAt('quiet', 'warn');
const fixture = await seed(reference);
const quietTenant = (await seed(quiet)).tenant;
const fixtureFile = join(dir, 'fixture.json');
writeFileSync(fixtureFile, JSON.stringify(fixture));
const bare = await startServer({ env: { BENCH_FIXTURE: fixtureFile, BENCH_DB: join(dir, 'bare.db') }, entry: 'bench/server/bare.ts' });

const cases: Case[] = [
  { name: 'GET one tenant', path: `/tenants/${fixture.tenant.id}`, target: 0.75 },
  { name: 'GET one tenant, access log off (LOG_LEVEL=warn)', path: `/tenants/${quietTenant.id}`, quiet: true },
  { name: 'GET a list page (20)', path: '/tenants?limit=20', target: 0.6 },
  { name: 'POST /memories (distinct Idempotency-Keys)', path: '/memories', write: { body: JSON.stringify({ scope: 'private', content: 'a memory written by the bench' }) } },
];
const rows: string[] = [];
const loadBefore = loadavg()[0];
try {
  for (const { name, path, write, target, quiet: logOff } of cases) {
    const server = logOff ? quiet : reference;
    const auth = { authorization: `Bearer ${write ? fixture.tenantKey : server.adminKey}` };
    const bareRounds: Figures[] = [];
    const referenceRounds: Figures[] = [];
    await load(bare, path, {}, write, WARMUP_S);
    await load(server, path, auth, write, WARMUP_S);
    for (let round = 0; round < ROUNDS; round++) {
      bareRounds.push(await load(bare, path, {}, write));
      referenceRounds.push(await load(server, path, auth, write));
    }
    const baseline = medianOf(bareRounds);
    const measured = medianOf(referenceRounds);
    const ratio = measured.rps / baseline.rps;
    console.log(`${name}: reference ${measured.rps.toFixed(0)} req/s (p99 ${measured.p99} ms), bare ${baseline.rps.toFixed(0)} req/s (p99 ${baseline.p99} ms), ratio ${ratio.toFixed(2)}${target ? ` (target >= ${target})` : ''}`);
    console.log(`  rounds req/s: reference ${referenceRounds.map((r) => r.rps.toFixed(0)).join(', ')}; bare ${bareRounds.map((r) => r.rps.toFixed(0)).join(', ')}`);
    if (measured.errors || baseline.errors) console.log(`  errors/non-2xx: reference ${measured.errors}, bare ${baseline.errors}`);
    const [cpuReference, cpuBare] = [cpuUsPerRequest(measured), cpuUsPerRequest(baseline)];
    console.log(`  server CPU per request: reference ${cpuReference.toFixed(0)} µs, bare ${cpuBare.toFixed(0)} µs`);
    rows.push(`| ${name} | ${measured.rps.toFixed(0)} | ${measured.p50} / ${measured.p99} | ${cpuReference.toFixed(0)} | ${baseline.rps.toFixed(0)} | ${baseline.p50} / ${baseline.p99} | ${cpuBare.toFixed(0)} | **${ratio.toFixed(2)}** | ${target ? `>= ${target}` : 'printed'} |`);
  }
} finally {
  await Promise.all([reference.stop(), quiet.stop(), bare.stop()]);
  rmSync(dir, { recursive: true, force: true });
}

writeBenchSection('server', `
## Reference server vs bare Express (bench/server)

autocannon, ${CONNECTIONS} connections, keep-alive, load generator and server on the same 2-core machine; per case ${ROUNDS}
alternating rounds of ${DURATION_S / ROUNDS} s (bare, then reference) after ${WARMUP_S} s of unmeasured warm-up for each, medians of each figure over the rounds.
Reads: bare Express serves the same JSON bytes with no validation, auth, rate limit, store or headers. The reference
server finds one tenant in its store's cache of tenants by id (filled by the first read, forgotten by each write;
every tenant-key call reads its tenant to authenticate) and reads a list page from SQLite. Write: bare
Express does one better-sqlite3 insert-and-commit per POST on the same settings (WAL, synchronous=FULL, a file on
the same disk); the reference server also checks the key, validates, claims the Idempotency-Key and stores its answer
in the same transaction, indexes the memory for search and writes its access log. The reference server writes its
access log (one JSON line per request, pino) to a file; the row "access log off" is a second reference server with
LOG_LEVEL=warn, to show what the log costs. CPU µs/req: the server process's CPU time (user + system, /proc)
per answered request over all rounds; compare it between the servers of one run (the machine's own speed varies
from run to run). Target p99 < 25 ms.
Machine load average (1 min) at the start of this run: ${loadBefore.toFixed(1)} (other work shares the 2 cores; compare ratios, not req/s).

| case | reference req/s | p50 / p99 ms | CPU µs/req | bare req/s | p50 / p99 ms | CPU µs/req | ratio | target |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}
`);
