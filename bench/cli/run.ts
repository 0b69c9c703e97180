// bench/cli: the command line's start-up, timed as whole processes (spawn to exit), beside
// `node -e 0`, the floor for any Node program on this machine: `cognition-cli --version` (nothing
// but start-up) and `cognition-cli tenants list --format json` (start-up, loading the SDK, one
// request to a local reference server, printing). Cases alternate run by run so the machine's drift
// hits all alike; medians. Prints the ratios and writes them into bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The file npm links as the bin (it imports the bundle, dist/cli.js): what a user's shell runs.
const cli = join(root, 'sdks/cli/bin/cognition-cli.js');
const RUNS = 21;
const TARGET_VERSION_RATIO = 2;

// The bench measures the bundle as published: built first.
execFileSync('npm', ['run', '--silent', 'build', '-w', '@cognitionos/cli'], { cwd: root, stdio: 'ignore' });
const load = loadavg()[0]!;
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
try {
  for (let i = 0; i < 20; i++) await server.adminPost('/tenants', { name: `bench-${i}` });
  const env = { ...process.env, COGNITIONOS_BASE_URL: server.baseUrl, COGNITIONOS_API_KEY: server.adminKey };
  const cases: Record<string, string[]> = {
    'node -e 0': ['-e', '0'],
    'cognition-cli --version': [cli, '--version'],
    'cognition-cli tenants list --format json': [cli, 'tenants', 'list', '--format', 'json'],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let run = -2; run < RUNS; run++) {
    for (const [name, args] of Object.entries(cases)) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
      if (run >= 0) times[name]!.push(ms); // the first two runs warm the disk cache
    }
  }
  const median = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, medianOf(values)]));
  const floor = median['node -e 0']!;
  const rows = Object.keys(cases).map((name) => `| \`${name}\` | ${median[name]!.toFixed(0)} | **${(median[name]! / floor).toFixed(2)}** | ${name.includes('--version') ? `<= ${TARGET_VERSION_RATIO}` : 'printed'} |`);
  for (const name of Object.keys(cases)) console.log(`cli: ${name.padEnd(42)} ${median[name]!.toFixed(0)} ms  ratio ${(median[name]! / floor).toFixed(2)}`);
  writeBenchSection('cli', [
    '## cognition-cli start-up vs `node -e 0` (bench/cli)',
    '',
    `Whole processes, spawn to exit, ${RUNS} runs per case after 2 unmeasured ones, cases alternating run by run; medians.`,
    '`node -e 0` is the floor of any Node program here. `--version` is answered before the command tree is built and the',
    'SDK is never loaded; `tenants list --format json` loads the SDK and makes one request to a reference server on',
    `loopback (20 tenants). Target: \`--version\` within ${TARGET_VERSION_RATIO}x of \`node -e 0\`.`,
    `Machine load average (1 min) at the start of this run: ${load.toFixed(1)} (other work shares the 2 cores; compare ratios, not ms).`,
    '',
    '| process | ms (median) | ratio to `node -e 0` | target |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ].join('\n'));
} finally {
  await server.stop();
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
