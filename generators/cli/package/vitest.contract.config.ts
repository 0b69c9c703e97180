// Contract tests: the built CLI, run as a subprocess, against the live reference servers the
// orchestrator starts (test/contract).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cli-contract',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/contract/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
