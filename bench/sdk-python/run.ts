// bench/sdk-python: GET one tenant through the Python SDK against raw urllib3, same server, keep-alive.
// The measuring runs in Python (measure.py); this starts the server and writes the figures.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/support/server.ts';
import { writeBenchSection } from '../readme.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET = 0.85;

// A rate limit far above what one client can send, so the bench measures the SDK, not the limiter.
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '100000000/60' } });
try {
  const output = execFileSync(`${root}.venv/bin/python`, ['bench/sdk-python/measure.py', server.baseUrl, server.adminKey], { cwd: root, encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').at(-1)!);
  const raw = Math.round(result.median.raw);
  const sdk = Math.round(result.median.sdk);
  const ratio = result.ratio.toFixed(2);
  console.log(`sdk-python: GET one tenant  raw urllib3 ${raw} req/s  SDK ${sdk} req/s  ratio ${ratio} (target >= ${TARGET})`);
  writeBenchSection(
    'sdk-python',
    `## Python SDK vs raw urllib3 (bench/sdk-python)

GET one tenant, one keep-alive connection, sequential calls, against the reference server on the same
2-core machine; ${result.rounds.raw.length} alternating rounds of 2 s, medians. Raw = urllib3 PoolManager request + json.loads;
SDK = \`client.tenants.retrieve(id)\` (headers, retry loop, error mapping, pydantic model). Target: ratio >= ${TARGET}.

| case | req/s (median) | rounds |
| --- | ---: | --- |
| raw urllib3 | ${raw} | ${result.rounds.raw.map((r: number) => Math.round(r)).join(', ')} |
| SDK | ${sdk} | ${result.rounds.sdk.map((r: number) => Math.round(r)).join(', ')} |

Ratio SDK / raw: **${ratio}**`,
  );
} finally {
  await server.stop();
}
