// Runs schemathesis (property-based, all checks, positive + negative data, stateful via OpenAPI links)
// against a live reference server: once with the admin key over the admin surface, once with a tenant
// key over the tenant surface, since each key is refused (403) by the other half of the API.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../support/server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const maxExamples = process.env.SCHEMATHESIS_MAX_EXAMPLES ?? '40';

// A limit high enough that rate limiting never answers instead of the operation under test.
// Limits that would answer 429 to a fuzzer's volume are lifted: they are tested in server/test.
const server = await startServer({ env: { COGNITIONOS_RATE_LIMIT: '1000000/60', COGNITIONOS_AUTH_FAILURE_LIMIT: '1000000/60', COGNITIONOS_COST_BUDGET: '1000000/1' } });
let failed = false;
try {
  // The tenant run goes first: the admin run's stateful phase may delete any tenant it can list.
  const runs = [
    { name: 'tenant', key: () => makeTenantKey(server), tags: ['workflows', 'executions', 'memories', 'usage'] },
    { name: 'admin', key: async () => server.adminKey, tags: ['health', 'tenants', 'api_keys', 'subscription', 'plugins'] },
  ];
  for (const run of runs) {
    const key = await run.key();
    console.log(`== schemathesis (${run.name} key): ${run.tags.join(', ')}`);
    const args = [
      '--config-file', 'test/schemathesis/schemathesis.toml',
      'run', 'spec/openapi.json', '--url', server.baseUrl,
      '--checks', 'all', '--mode', 'all', '--phases', 'examples,coverage,fuzzing,stateful',
      '--max-examples', maxExamples, '--seed', '20261123', '--generation-database', 'none',
      '--header', `Authorization: Bearer ${key}`,
      ...run.tags.flatMap((tag) => ['--include-tag', tag]),
      '--report', 'junit', '--report-junit-path', `test/reports/schemathesis-${run.name}.xml`,
      '--no-color',
    ];
    const result = spawnSync(`${root}/.venv/bin/st`, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) failed = true;
  }
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);

async function makeTenantKey(server: RunningServer): Promise<string> {
  const tenant = await server.adminPost('/tenants', { name: 'schemathesis' });
  return (await server.adminPost(`/tenants/${tenant.id}/api_keys`, { name: 'schemathesis' })).secret;
}
