// `npm start`: the reference server, configured from the environment (settings.ts).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { BASE_PATH, createApp } from './app.ts';
import { answerClientErrors } from './http/client-error.ts';
import { readSettings } from './settings.ts';

let settings;
try {
  settings = readSettings(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const generatedKey = settings.COGNITIONOS_ADMIN_KEY ? null : `cog_admin_${randomBytes(20).toString('hex')}`;
const { app, close } = createApp({
  dbFile: settings.COGNITIONOS_DB,
  adminKey: settings.COGNITIONOS_ADMIN_KEY ?? generatedKey!,
  rateLimit: settings.COGNITIONOS_RATE_LIMIT,
  faults: settings.COGNITIONOS_FAULTS,
  newer: settings.COGNITIONOS_COMPAT === 'newer',
  idempotencyRetentionMs: settings.COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS * 3_600_000,
});

const server = app.listen(settings.PORT, settings.HOST, (error?: Error) => {
  if (error) {
    console.error(`cannot listen: ${error.message}`);
    process.exit(1);
  }
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  console.log(`CognitionOS API  ${origin}${BASE_PATH}`);
  console.log(`Docs             ${origin}/docs`);
  if (generatedKey) console.log(`Admin key        ${generatedKey}  (set COGNITIONOS_ADMIN_KEY to choose your own)`);
});
server.keepAliveTimeout = 65_000;
answerClientErrors(server);

function shutdown() {
  server.close();
  server.closeAllConnections();
  close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
