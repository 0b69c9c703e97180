// Generated from spec/openapi.json by generators/cli. Do not edit: change the spec or the generator.
// The #! line is tsup's banner (tsup.config.ts).
import { APP } from './app.js';
import { main } from './runtime/main.js';

process.exitCode = await main(APP, process.argv.slice(2));
