// The chaos run's CLI column: the same traffic as cognition-cli processes (its bin), one per call,
// JSON on stdout; a failure is told by the documented exit code (7: server, timeout or connection)
// and the problem the CLI prints on stderr with --format json.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { env, loop, type Outcome } from './report.ts';

const bin = fileURLToPath(new URL('../../../sdks/cli/bin/cognition-cli.js', import.meta.url));
const common = ['--format', 'json', '--timeout', env('CHAOS_TIMEOUT_MS'), '--max-retries', env('CHAOS_MAX_RETRIES')];

function cli(args: string[], check: (value: Record<string, unknown>) => Omit<Outcome, 'ok'>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args, ...common], { env: { PATH: env('PATH'), COGNITIONOS_API_KEY: env('COGNITIONOS_API_KEY'), COGNITIONOS_BASE_URL: env('COGNITIONOS_BASE_URL') } }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, ...check(JSON.parse(stdout)) });
      const status = /"status":\s*(\d+)/.exec(stderr)?.[1];
      resolve({ ok: false, error: `exit_${error.code}`, status: status ? Number(status) : null, timeout: error.code === 7 && /timed? ?out/i.test(stderr) });
    });
  });
}

await loop({
  create: (content) => cli(['memories', 'create', '--scope', 'private', '--content', content], (memory) => ({ id: String(memory.id) })),
  retrieve: (id, content) => cli(['memories', 'retrieve', id], (memory) => ({ id: String(memory.id), mismatch: memory.content !== content })),
  record: (metric) => cli(['usage', 'record', '--metric', metric, '--quantity', '1'], (record) => ({ id: String(record.id) })),
});
process.exit(0);
