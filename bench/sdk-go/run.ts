// bench/sdk-go: GET one tenant through the Go SDK against raw net/http + encoding/json, same server,
// keep-alive. The measuring is Go's testing.B (get_tenant_test.go); this starts the server, runs it
// once and writes the figures.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const TARGET = 0.9;
const ROUNDS = 5;

interface Figures {
  nsPerOp: number[];
  bytesPerOp: number;
  allocsPerOp: number;
}

// A rate limit far above what one client can send, so the bench measures the SDK, not the limiter.
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
try {
  // One process per round: within a process -count would run every raw round before any SDK round.
  const output = Array.from({ length: ROUNDS }, () =>
    execFileSync('go', ['test', '-run', '^$', '-bench', 'GetTenant', '-benchmem', '-benchtime', '2s', '-count', '1'], {
      cwd: here,
      encoding: 'utf8',
      env: { ...process.env, COGNITIONOS_BENCH_BASE_URL: server.baseUrl, COGNITIONOS_BENCH_ADMIN_KEY: server.adminKey },
    }),
  ).join('\n');
  const raw = figures(output, 'raw');
  const sdk = figures(output, 'sdk');
  const perSecond = (f: Figures) => Math.round(1e9 / median(f.nsPerOp));
  const ratio = (median(raw.nsPerOp) / median(sdk.nsPerOp)).toFixed(2);
  console.log(`sdk-go: GET one tenant  raw net/http ${perSecond(raw)} req/s (${raw.allocsPerOp} allocs/op)  SDK ${perSecond(sdk)} req/s (${sdk.allocsPerOp} allocs/op)  ratio ${ratio} (target >= ${TARGET})`);
  const row = (name: string, f: Figures) =>
    `| ${name} | ${perSecond(f)} | ${f.nsPerOp.map((ns) => Math.round(ns / 1000)).join(', ')} | ${f.allocsPerOp} | ${f.bytesPerOp} |`;
  writeBenchSection(
    'sdk-go',
    `## Go SDK vs raw net/http (bench/sdk-go)

GET one tenant, one keep-alive connection, sequential calls, against the reference server on the same
2-core machine; Go \`testing.B\`, ${ROUNDS} rounds of 2 s each for raw then SDK (one \`go test\` per round), medians. Raw = \`http.Client.Do\` +
\`json.NewDecoder\` into a struct of the same fields; SDK = \`client.Tenants.Get(ctx, id)\` (options, headers,
retry loop, error mapping, unknown-field capture). Target: ratio >= ${TARGET}.

| case | req/s (median) | µs/op per round | allocs/op | B/op |
| --- | ---: | --- | ---: | ---: |
${row('raw net/http', raw)}
${row('SDK', sdk)}

Ratio SDK / raw: **${ratio}**`,
  );
} finally {
  await server.stop();
}

// `BenchmarkGetTenant/raw-2  12345  81234 ns/op  5678 B/op  67 allocs/op`, one line per round.
function figures(output: string, name: string): Figures {
  const lines = [...output.matchAll(new RegExp(`^BenchmarkGetTenant/${name}\\S*\\s+\\d+\\s+([\\d.]+) ns/op\\s+(\\d+) B/op\\s+(\\d+) allocs/op`, 'gm'))];
  if (lines.length === 0) throw new Error(`no ${name} figures in:\n${output}`);
  return { nsPerOp: lines.map((m) => Number(m[1])), bytesPerOp: Number(lines.at(-1)![2]), allocsPerOp: Number(lines.at(-1)![3]) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
