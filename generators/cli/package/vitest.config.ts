// The CLI's unit tests: its runtime, the built bin without a server, and a real pseudo-terminal
// against a reference server the tests start. The contract suite (tests/contract) runs only under
// test/contract/run.ts (vitest.contract.config.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cli',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/*.test.ts'],
    // Each test starts several Node processes: on a busy machine that takes longer than vitest's 5 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
