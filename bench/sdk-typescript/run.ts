// bench/sdk-typescript: GET one tenant through the built SDK against the same request made with
// raw fetch and with undici.request, same server, keep-alive; and the size of the built ESM client
// minified + gzipped. Prints the ratios and writes them into bench/README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Agent, fetch as undiciFetch, request } from 'undici';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sdkDir = join(root, 'sdks/typescript');
const TARGET_RATIO = 0.9;
const TARGET_KB = 15;
const ROUNDS = 5;
const ROUND_MS = 2_000;

type Call = () => Promise<unknown>;

// Builds the package as published (tsup, ESM) before importing it: the bench measures dist/, not src/.
execFileSync('npx', ['tsup', '--silent'], { cwd: sdkDir, stdio: 'inherit' });
const { CognitionOSClient } = await import('@cognitionos/sdk');

// A rate limit far above what one client can send, so the bench measures the client, not the limiter.
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
try {
  const auth = { authorization: `Bearer ${server.adminKey}`, accept: 'application/json' };
  const tenantId = (await server.adminPost<{ id: string }>('/tenants', { name: 'Bench' })).id;
  const url = `${server.baseUrl}/tenants/${tenantId}`;
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 1 });

  const sdk = new CognitionOSClient({ apiKey: server.adminKey, baseURL: server.baseUrl });
  const sdkOnUndici = new CognitionOSClient({ apiKey: server.adminKey, baseURL: server.baseUrl, fetch: (input, init) => undiciFetch(input, { ...init, dispatcher }) });
  const cases: Record<string, Call> = {
    'raw fetch': async () => (await fetch(url, { headers: auth })).json(),
    'undici.request': async () => (await request(url, { headers: auth, dispatcher })).body.json(),
    'SDK (platform fetch)': () => sdk.tenants.retrieve(tenantId),
    'SDK (fetch option: undici fetch + Agent)': () => sdkOnUndici.tenants.retrieve(tenantId),
  };

  const rounds = await measure(cases);
  const median = Object.fromEntries(Object.entries(rounds).map(([name, values]) => [name, medianOf(values)]));
  const base = median['raw fetch']!;
  const sizeKb = gzippedMinifiedKb();
  for (const name of Object.keys(cases)) console.log(`sdk-typescript: ${name.padEnd(42)} ${Math.round(median[name]!)} req/s  ratio to raw fetch ${(median[name]! / base).toFixed(2)}`);
  console.log(`sdk-typescript: SDK / raw fetch ${(median['SDK (platform fetch)']! / base).toFixed(2)} (target >= ${TARGET_RATIO}); ESM min+gzip ${sizeKb.toFixed(1)} KB (target <= ${TARGET_KB})`);
  writeBenchSection('sdk-typescript', report(rounds, median, base, sizeKb));
  await dispatcher.close();
} finally {
  await server.stop();
}

// Sequential calls, one in flight: the per-call cost of each client. Cases alternate round by
// round so drift of the machine hits all of them alike.
async function measure(cases: Record<string, Call>): Promise<Record<string, number[]>> {
  const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (const call of Object.values(cases)) for (let i = 0; i < 200; i++) await call(); // warm-up: JIT, connections
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, call] of Object.entries(cases)) {
      let calls = 0;
      const started = performance.now();
      while (performance.now() - started < ROUND_MS) {
        await call();
        calls++;
      }
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

function report(rounds: Record<string, number[]>, median: Record<string, number>, base: number, sizeKb: number): string {
  const rows = Object.keys(rounds).map((name) => `| ${name} | ${Math.round(median[name]!)} | ${(median[name]! / base).toFixed(2)} | ${rounds[name]!.map(Math.round).join(', ')} |`);
  return `## TypeScript SDK vs raw fetch and undici.request (bench/sdk-typescript)

GET one tenant, sequential calls (one in flight), keep-alive, against the reference server on the same
2-core machine; ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s, medians. Raw = \`fetch\` + \`.json()\`; undici =
\`undici.request\` on a keep-alive Agent + \`body.json()\`; SDK = \`client.tenants.retrieve(id)\` from the built
package (headers, retry loop, error mapping), on the platform fetch and on undici's fetch passed as the
\`fetch\` option. Target: SDK / raw fetch >= ${TARGET_RATIO}; built ESM client minified + gzipped <= ${TARGET_KB} KB.

| case | req/s (median) | ratio to raw fetch | rounds |
| --- | ---: | ---: | --- |
${rows.join('\n')}

SDK / raw fetch: **${(median['SDK (platform fetch)']! / base).toFixed(2)}**. Built ESM client, minified + gzipped: **${sizeKb.toFixed(1)} KB**.`;
}
