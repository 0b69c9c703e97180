// The runner registry: one entry per matrix column. Adding a language = adding its entry.
// Each command runs that SDK's contract suite with its native runner and writes JUnit XML to `report`
// (also exported to the suite as COGNITIONOS_REPORT_FILE).
// A second entry for one SDK runs the same suite on its other transport or client, chosen by an
// environment variable its suite reads: the TypeScript SDK on fetch and on undici, the Python SDK's
// sync and asyncio clients. Each column gets fresh servers and its own fault run.
// A language without an entry is listed as "no runner yet" (see run.ts).

export interface Runner {
  /** Column name: the SDK folder under sdks/, with a suffix for a second transport or client. */
  language: string;
  /** The contract suite's folder: if it is absent, every scenario of this language is missing. */
  suite: string;
  command(report: string): string[];
}

const typescript = (transport: string) => (report: string) => [
  'env', `COGNITIONOS_TS_TRANSPORT=${transport}`,
  'npx', 'vitest', 'run', '--config', 'sdks/typescript/vitest.contract.config.ts', '--reporter=default', '--reporter=junit', `--outputFile.junit=${report}`,
];

const python = (client: string) => (report: string) => [
  'env', `COGNITIONOS_PY_CLIENT=${client}`,
  '.venv/bin/pytest', 'sdks/python/tests/contract', '-p', 'no:cacheprovider', `--junitxml=${report}`,
];

// The CLI column: its suite runs the built bin (dist/cli.js) as a subprocess for every step; the build
// is skipped when dist is already built from these sources (scripts/build-packages.sh).
const cli = (report: string) => [
  'bash', '-o', 'pipefail', '-c',
  `bash scripts/build-packages.sh cli && npx vitest run --config sdks/cli/vitest.contract.config.ts --reporter=default --reporter=junit --outputFile.junit=${JSON.stringify(report)}`,
];

export const runners: Runner[] = [
  { language: 'typescript', suite: 'sdks/typescript/tests/contract', command: typescript('fetch') },
  { language: 'typescript-undici', suite: 'sdks/typescript/tests/contract', command: typescript('undici') },
  { language: 'python', suite: 'sdks/python/tests/contract', command: python('sync') },
  { language: 'python-async', suite: 'sdks/python/tests/contract', command: python('async') },
  {
    language: 'go',
    suite: 'sdks/go/contract',
    // go test has no JUnit reporter: its -json events become one (test/contract/go-junit.ts).
    command: (report) => ['bash', '-o', 'pipefail', '-c', `cd sdks/go && go test -tags contract -count=1 -json ./contract | node --import tsx ../../test/contract/go-junit.ts ${JSON.stringify(report)}`],
  },
  { language: 'java', suite: 'sdks/java/src/test/java/io/cognitionos/contract', command: (report) => ['bash', 'test/contract/java-suite.sh', report] },
  { language: 'cli', suite: 'sdks/cli/tests/contract', command: cli },
  // The MCP server's tools, called through the official MCP client (the built sdks/mcp/dist).
  { language: 'mcp', suite: 'sdks/mcp/contract', command: (report) => ['npx', 'vitest', 'run', '--config', 'sdks/mcp/vitest.contract.config.ts', '--reporter=default', '--reporter=junit', `--outputFile.junit=${report}`] },
];
