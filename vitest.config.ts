// `npx vitest run`: the repo's unit tests. Contract suites (sdks/*/tests/contract) are left out on
// purpose: they need live servers and run only under test/contract/run.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'spec-server', include: ['spec/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/node_modules/**'] } },
      // generators/typescript/package holds the SDK's own tests, which only run once copied into sdks/typescript;
      // generators/cli/contract is the CLI's contract suite (live servers, test/contract/run.ts only).
      { test: { name: 'generators', include: ['generators/**/*.test.ts'], exclude: ['**/node_modules/**', 'generators/typescript/package/**', 'generators/cli/contract/**'] } },
      'sdks/typescript/vitest.config.ts',
    ],
  },
});
