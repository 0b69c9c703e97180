// The runner registry: one entry per matrix column. Adding a language = adding its entry.
// Each command runs that SDK's contract suite with its native runner and writes JUnit XML to `report`
// (also exported to the suite as COGNITIONOS_REPORT_FILE).
// A second entry for one SDK runs the same suite on its other transport or client, chosen by an
// environment variable its suite reads: the TypeScript SDK on fetch and on undici, the Python SDK's
// sync and asyncio clients. Each column gets fresh servers and its own fault run.
// Go and Java join when their contract suites exist; until then sdks/go and sdks/java hold
// generated low-level code only and are listed as "no runner yet" (see run.ts).

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

export const runners: Runner[] = [
  { language: 'typescript', suite: 'sdks/typescript/tests/contract', command: typescript('fetch') },
  { language: 'typescript-undici', suite: 'sdks/typescript/tests/contract', command: typescript('undici') },
  { language: 'python', suite: 'sdks/python/tests/contract', command: python('sync') },
  { language: 'python-async', suite: 'sdks/python/tests/contract', command: python('async') },
];
