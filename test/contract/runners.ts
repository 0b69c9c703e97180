// The runner registry: one entry per language in the matrix. Adding a language = adding its entry.
// Each command runs that SDK's contract suite with its native runner and writes JUnit XML to `report`
// (also exported to the suite as COGNITIONOS_REPORT_FILE).
// A language without an entry is listed as "no runner yet" (see run.ts).

export interface Runner {
  /** Column name; the SDK lives in sdks/<language>. */
  language: string;
  /** The contract suite's folder: if it is absent, every scenario of this language is missing. */
  suite: string;
  command(report: string): string[];
}

export const runners: Runner[] = [
  {
    language: 'typescript',
    suite: 'sdks/typescript/tests/contract',
    command: (report) => ['npx', 'vitest', 'run', '--config', 'sdks/typescript/vitest.contract.config.ts', '--reporter=default', '--reporter=junit', `--outputFile.junit=${report}`],
  },
  {
    language: 'python',
    suite: 'sdks/python/tests/contract',
    command: (report) => ['.venv/bin/pytest', 'sdks/python/tests/contract', '-p', 'no:cacheprovider', `--junitxml=${report}`],
  },
  {
    language: 'go',
    suite: 'sdks/go/contract',
    // go test has no JUnit reporter: its -json events become one (test/contract/go-junit.ts).
    command: (report) => ['bash', '-o', 'pipefail', '-c', `cd sdks/go && go test -tags contract -count=1 -json ./contract | node --import tsx ../../test/contract/go-junit.ts ${JSON.stringify(report)}`],
  },
  {
    language: 'java',
    suite: 'sdks/java/src/test/java/io/cognitionos/contract',
    command: (report) => ['bash', 'test/contract/java-suite.sh', report],
  },
];
