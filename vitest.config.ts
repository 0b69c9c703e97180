// `npx vitest run`: the repo's unit tests. Contract suites (sdks/*/tests/contract) are left out on
// purpose: they need live servers and run only under test/contract/run.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Most files wait on servers and child processes (compilers, the built CLI), not on a core: two
    // files at a time keep both cores of the 2-core reference machine busy (vitest's default is one
    // fewer than the cores). Measured on it: 187 s with one, 111 s with two.
    maxWorkers: 2,
    projects: [
      { test: { name: 'spec-server', include: ['spec/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/node_modules/**'] } },
      // A room's tests/ and contract/ (and TypeScript's package/) are its package's own tests: they run
      // once copied into sdks/, against what was built there.
      { test: { name: 'generators', include: ['generators/**/*.test.ts'], exclude: ['**/node_modules/**', 'generators/*/tests/**', 'generators/*/contract/**', 'generators/typescript/package/**'] } },
      'sdks/typescript/vitest.config.ts',
      'sdks/cli/vitest.config.ts',
      'sdks/mcp/vitest.config.ts',
    ],
  },
});
