// The chaos run's column registry: one entry per way a caller reaches the API (the four SDKs, the
// CLI, the MCP server). Adding a column = adding an entry whose `prepare` returns the command of a
// driver that speaks the protocol below; nothing else in the chaos run changes.
//
// Driver protocol. Environment: COGNITIONOS_BASE_URL (includes /api/v3), COGNITIONOS_API_KEY (a tenant
// key of its own), CHAOS_MARKER (lowercase letters, digits and _), CHAOS_TIMEOUT_MS (per attempt),
// CHAOS_MAX_RETRIES, CHAOS_PAUSE_MS (between iterations), CHAOS_MAX_ITERATIONS. The driver prints
// `{"ready":true}`, reads one line from stdin (the end time, epoch ms) and, until then, loops i = 0, 1, ...:
//   create a private memory with content `<marker> <i>`; if that succeeded, retrieve it by id;
//   record usage metric `chaos_<marker>_<i>`, quantity 1,
// with the client's own Idempotency-Keys and retries, printing per call one JSON line
//   {"op":"create"|"retrieve"|"record","key":<content or metric>,"ok":true,"id":..., "mismatch":<retrieve: content differs>,"ms":...}
//   {"op":...,"key":...,"ok":false,"error":<error type>,"status":<HTTP status or null>,"timeout":<a timeout error>,"ms":...}
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChaosColumn {
  name: string;
  /** Builds what the driver needs, once per run (in `work`, a scratch folder); returns the command that starts one driver. */
  prepare(root: string, work: string): string[];
}

const run = (root: string, file: string, args: string[], cwd = root) => execFileSync(file, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

export const columns: ChaosColumn[] = [
  { name: 'typescript', prepare: () => [process.execPath, '--import', 'tsx', 'test/chaos/drivers/driver.ts'] },
  {
    name: 'python',
    prepare: (root) => {
      run(root, 'bash', ['scripts/venv.sh']);
      // The SDK from its folder, as its own tests import it (sdks/python is not installed into .venv).
      return ['env', 'PYTHONPATH=sdks/python', '.venv/bin/python', 'test/chaos/drivers/driver.py'];
    },
  },
  {
    name: 'go',
    prepare: (root, work) => {
      run(root, 'go', ['build', '-o', join(work, 'chaos-go'), '.'], join(root, 'test/chaos/drivers/go'));
      return [join(work, 'chaos-go')];
    },
  },
  {
    name: 'java',
    // The SDK's classes and its runtime class path (Jackson), as bench/sdk-java builds them; the
    // driver is launched as a single source file on them.
    prepare: (root) => {
      run(root, 'bash', ['scripts/mvn.sh', '-q', '-f', 'sdks/java/pom.xml', 'compile', 'dependency:build-classpath', '-Dmdep.outputFile=target/classpath.txt', '-Dmdep.includeScope=runtime']);
      const classPath = `${join(root, 'sdks/java/target/classes')}:${readFileSync(join(root, 'sdks/java/target/classpath.txt'), 'utf8').trim()}`;
      return ['java', '-cp', classPath, 'test/chaos/drivers/java/Driver.java'];
    },
  },
  // Built by `npm ci` (the root prepare script); the drivers run their bins as a user would.
  { name: 'cli', prepare: () => [process.execPath, '--import', 'tsx', 'test/chaos/drivers/cli.ts'] },
  { name: 'mcp', prepare: () => [process.execPath, '--import', 'tsx', 'test/chaos/drivers/mcp.ts'] },
];
