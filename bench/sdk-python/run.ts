// bench/sdk-python: GET one tenant through the Python SDK against raw urllib3, same server, keep-alive
// (measure.py); then the async client at 200 in flight against raw aiohttp and raw httpx, and 100
// concurrent calls against a server delaying every answer (measure_async.py). The measuring runs in
// Python; this starts the servers and writes the figures.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET = 0.85;
const DELAY_MS = 300;
// A rate limit far above what one client can send, so the bench measures the SDK, not the limiter.
const UNLIMITED = { COGNITIONOS_RATE_LIMIT: '100000000/60' };

const server = await startServer({ env: UNLIMITED });
// Every answer of this one is delayed: 100 concurrent calls should take about one delay, not many.
const delayed = await startServer({ env: { ...UNLIMITED, COGNITIONOS_ADMIN_KEY: server.adminKey, COGNITIONOS_FAULTS: `rate=1,kinds=delay,delay_ms=${DELAY_MS}` } });
try {
  writeBenchSection('sdk-python', syncSection(python('measure.py', server.baseUrl, server.adminKey)));
  writeBenchSection('sdk-python-async', asyncSection(python('measure_async.py', server.baseUrl, delayed.baseUrl, server.adminKey)));
} finally {
  await Promise.all([server.stop(), delayed.stop()]);
}

/** Runs one measuring script; its last line of output is its JSON result. */
function python(script: string, ...args: string[]) {
  const output = execFileSync(`${root}.venv/bin/python`, [`bench/sdk-python/${script}`, ...args], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

function roundsOf(values: number[]): string {
  return values.map((r) => Math.round(r)).join(', ');
}

function syncSection(result: { rounds: Record<string, number[]>; median: Record<string, number>; ratio: number }): string {
  const raw = Math.round(result.median.raw!);
  const sdk = Math.round(result.median.sdk!);
  const ratio = result.ratio.toFixed(2);
  console.log(`sdk-python: GET one tenant  raw urllib3 ${raw} req/s  SDK ${sdk} req/s  ratio ${ratio} (target >= ${TARGET})`);
  return `## Python SDK vs raw urllib3 (bench/sdk-python)

GET one tenant, one keep-alive connection, sequential calls, against the reference server on the same
2-core machine; ${result.rounds.raw!.length} alternating rounds of 2 s, medians. Raw = urllib3 PoolManager request + json.loads;
SDK = \`client.tenants.retrieve(id)\` (headers, retry loop, error mapping, pydantic model). Target: ratio >= ${TARGET}.

| case | req/s (median) | rounds |
| --- | ---: | --- |
| raw urllib3 | ${raw} | ${roundsOf(result.rounds.raw!)} |
| SDK | ${sdk} | ${roundsOf(result.rounds.sdk!)} |

Ratio SDK / raw: **${ratio}**`;
}

interface AsyncResult {
  rounds: Record<string, number[]>;
  median: Record<string, number>;
  ratio: number;
  delayed: { seconds: number; threads_before: number; threads_during: number };
}

function asyncSection(result: AsyncResult): string {
  const names = Object.keys(result.median);
  for (const name of names) console.log(`sdk-python: 200 in flight  ${name.padEnd(12)} ${Math.round(result.median[name]!)} req/s`);
  const ratio = result.ratio.toFixed(2);
  const { seconds, threads_before, threads_during } = result.delayed;
  console.log(`sdk-python: async SDK / fastest raw async client ${ratio} (target >= ${TARGET})`);
  console.log(`sdk-python: 100 concurrent calls, every answer delayed ${DELAY_MS} ms: ${seconds.toFixed(2)} s; threads ${threads_before} before, ${threads_during} while in flight`);
  return `## Python async client vs raw aiohttp and httpx (bench/sdk-python)

GET one tenant with 200 calls in flight on one event loop, against the reference server on the same
2-core machine; ${result.rounds[names[0]!]!.length} alternating rounds of 2 s, medians. Raw aiohttp = a ClientSession with a
200-connection pool; raw httpx = an AsyncClient with \`Limits(max_connections=200,
max_keepalive_connections=200)\` (its default keeps only 20 idle connections); even pooled so, httpx
stays far behind aiohttp at 200 in flight, which is why the async SDK is built on aiohttp; both + json.loads. SDK = \`await
client.tenants.retrieve(id)\` on AsyncCognitionOSClient. Target: SDK / fastest raw >= ${TARGET}.

| case | req/s (median) | rounds |
| --- | ---: | --- |
${names.map((name) => `| ${name} | ${Math.round(result.median[name]!)} | ${roundsOf(result.rounds[name]!)} |`).join('\n')}

Ratio async SDK / fastest raw async client: **${ratio}**.

100 concurrent \`retrieve\` calls against a server delaying every answer by ${DELAY_MS} ms
(\`COGNITIONOS_FAULTS=rate=1,kinds=delay,delay_ms=${DELAY_MS}\`): **${seconds.toFixed(2)} s** (one delay is ${(DELAY_MS / 1000).toFixed(1)} s; the
thread-pool client took 5.2 s). Threads in the process: ${threads_before} before, **${threads_during}** while the 100 are in flight.`;
}
