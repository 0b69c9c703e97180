// bench/sdk-typescript: GET one tenant through the built SDK, on its fetch transport and on its
// undici transport, against the same request made with raw fetch and raw undici.request; same server,
// keep-alive; sequential and with 64 in flight. Also the size of the built ESM client minified +
// gzipped. Prints the ratios and writes them into bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Agent, request } from 'undici';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sdkDir = join(root, 'sdks/typescript');
const TARGET_RATIO = 0.9;
const TARGET_UNDICI_OVER_FETCH = 1.5;
const TARGET_KB = 15;
const ROUNDS = 5;
const ROUND_MS = 2_000;
const IN_FLIGHT = [1, 64];

type Call = () => Promise<unknown>;

// Builds the package as published (tsup, ESM) before importing it: the bench measures dist/, not src/.
execFileSync('npx', ['tsup', '--silent'], { cwd: sdkDir, stdio: 'inherit' });
const { CognitionOSClient } = await import('@cognitionos/sdk');
const { createUndiciTransport } = await import('@cognitionos/sdk/undici');

// A rate limit far above what one client can send, so the bench measures the client, not the limiter.
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
try {
  const auth = { authorization: `Bearer ${server.adminKey}`, accept: 'application/json' };
  const tenantId = (await server.adminPost<{ id: string }>('/tenants', { name: 'Bench' })).id;
  const url = `${server.baseUrl}/tenants/${tenantId}`;
  // The raw undici case and the SDK's undici transport get the same pool: 64 keep-alive sockets.
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  const sdk = new CognitionOSClient({ apiKey: server.adminKey, baseURL: server.baseUrl });
  const sdkOnUndici = new CognitionOSClient({ apiKey: server.adminKey, baseURL: server.baseUrl, transport: createUndiciTransport({ connections: 64 }) });
  const cases: Record<string, Call> = {
    'raw fetch': async () => (await fetch(url, { headers: auth })).json(),
    'raw undici.request': async () => (await request(url, { headers: auth, dispatcher })).body.json(),
    'SDK (fetch transport)': () => sdk.tenants.retrieve(tenantId),
    'SDK (undici transport)': () => sdkOnUndici.tenants.retrieve(tenantId),
  };

  const results = [];
  for (const inFlight of IN_FLIGHT) {
    const rounds = await measure(cases, inFlight);
    const median = Object.fromEntries(Object.entries(rounds).map(([name, values]) => [name, medianOf(values)]));
    results.push({ inFlight, rounds, median });
    for (const name of Object.keys(cases)) console.log(`sdk-typescript: ${inFlight} in flight  ${name.padEnd(24)} ${Math.round(median[name]!)} req/s`);
    console.log(`sdk-typescript: ${inFlight} in flight  ${ratios(median)}`);
  }
  const sizeKb = gzippedMinifiedKb();
  console.log(`sdk-typescript: ESM min+gzip ${sizeKb.toFixed(1)} KB (target <= ${TARGET_KB})`);
  writeBenchSection('sdk-typescript', report(results, sizeKb));
  await dispatcher.close();
} finally {
  await server.stop();
}

function ratios(median: Record<string, number>): string {
  const sdkToUndici = median['SDK (undici transport)']! / median['raw undici.request']!;
  const sdkUndiciToFetch = median['SDK (undici transport)']! / median['raw fetch']!;
  const sdkToFetch = median['SDK (fetch transport)']! / median['raw fetch']!;
  return `SDK undici / raw undici ${sdkToUndici.toFixed(2)} (target >= ${TARGET_RATIO}); SDK undici / raw fetch ${sdkUndiciToFetch.toFixed(2)} (target >= ${TARGET_UNDICI_OVER_FETCH}); SDK fetch / raw fetch ${sdkToFetch.toFixed(2)}`;
}

// `inFlight` workers each call in a loop: 1 = the per-call cost of each client, 64 = its throughput
// under load. Cases alternate round by round so drift of the machine hits all of them alike.
async function measure(cases: Record<string, Call>, inFlight: number): Promise<Record<string, number[]>> {
  const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (const call of Object.values(cases)) await Promise.all(Array.from({ length: inFlight }, async () => { for (let i = 0; i < 100; i++) await call(); })); // warm-up: JIT, connections
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, call] of Object.entries(cases)) {
      let calls = 0;
      const started = performance.now();
      const worker = async () => {
        while (performance.now() - started < ROUND_MS) {
          await call();
          calls++;
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      rounds[name]!.push((calls * 1000) / (performance.now() - started));
    }
  }
  return rounds;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// The same entry tsup builds, minified, then gzipped: what a browser bundle would carry.
function gzippedMinifiedKb(): number {
  const out = mkdtempSync(join(tmpdir(), 'sdk-size-'));
  try {
    execFileSync('npx', ['tsup', 'src/index.ts', '--no-config', '--format', 'esm', '--minify', '--target', 'es2022', '--out-dir', out, '--silent'], { cwd: sdkDir, stdio: 'inherit' });
    return gzipSync(readFileSync(join(out, 'index.js')), { level: 9 }).length / 1024;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

type Result = { inFlight: number; rounds: Record<string, number[]>; median: Record<string, number> };

function report(results: Result[], sizeKb: number): string {
  const rows = results.flatMap(({ inFlight, rounds, median }) =>
    Object.keys(rounds).map((name) => `| ${inFlight} | ${name} | ${Math.round(median[name]!)} | ${(median[name]! / median['raw undici.request']!).toFixed(2)} | ${(median[name]! / median['raw fetch']!).toFixed(2)} | ${rounds[name]!.map(Math.round).join(', ')} |`),
  );
  return `## TypeScript SDK vs raw fetch and undici.request (bench/sdk-typescript)

GET one tenant, keep-alive, against the reference server on the same 2-core machine, with 1 and with
64 calls in flight; ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s, medians. Raw fetch = \`fetch\` + \`.json()\`;
raw undici = \`undici.request\` on a 64-socket keep-alive Agent + \`body.json()\`; SDK =
\`client.tenants.retrieve(id)\` from the built package (headers, retry loop, error mapping) on its
default fetch transport and on \`createUndiciTransport({ connections: 64 })\`. Targets: SDK undici / raw
undici >= ${TARGET_RATIO} and SDK undici / raw fetch >= ${TARGET_UNDICI_OVER_FETCH}, both in-flight levels; ESM client min + gzip <= ${TARGET_KB} KB.

| in flight | case | req/s (median) | ratio to raw undici | ratio to raw fetch | rounds |
| ---: | --- | ---: | ---: | ---: | --- |
${rows.join('\n')}

${results.map(({ inFlight, median }) => `${inFlight} in flight: ${ratios(median)}.`).join('\n')}
Built ESM client, minified + gzipped: **${sizeKb.toFixed(1)} KB**.`;
}
