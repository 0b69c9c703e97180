// Generated from generators/typescript/package/vitest.contract.config.ts by generators/typescript. Do not edit: change generators/typescript/package/vitest.contract.config.ts or the generator.
// Contract tests: the SDK against live reference servers the orchestrator starts (test/contract).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'sdk-typescript-contract',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/contract/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
