// One bundled ESM file, dist/cli.js: the runtime, the command table and commander together, so a
// start reads one file. The SDK stays a dependency (imported on the first API call only).
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/cli.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  splitting: false,
  sourcemap: false,
  minify: true,
  noExternal: ['commander'],
  external: ['@cognitionos/sdk'],
  // commander is CommonJS: inside an ES module its require() of node:events needs a real require.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
