#!/usr/bin/env node
// Generated from generators/cli/package/bin/cognition-cli.js by generators/cli. Do not edit: change generators/cli/package/bin/cognition-cli.js or the generator.
// The file npm links as `cognition-cli`. It exists before the first build (npm links bins before the
// root `prepare` script builds dist/), and runs the one bundle tsup builds.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  process.stderr.write('cognition-cli is not built yet: run `npm run build -w @cognitionos/cli` (npm ci does it)\n');
  process.exitCode = 1;
}
