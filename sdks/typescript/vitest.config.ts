// Generated from generators/typescript/package/vitest.config.ts by generators/typescript. Do not edit: change generators/typescript/package/vitest.config.ts or the generator.
// Unit tests of the SDK (msw stands in for the server). Contract tests have their own config.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'sdk-typescript',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
  },
});
