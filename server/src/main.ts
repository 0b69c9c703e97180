// `npm start`: the reference server, configured from the environment.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { BASE_PATH, createApp } from './app.ts';
import { parseFaults } from './http/faults.ts';
import { parseRateLimit } from './http/rate-limit.ts';

const env = process.env;
const generatedKey = env.COGNITIONOS_ADMIN_KEY ? null : `cog_admin_${randomBytes(20).toString('hex')}`;
const { app, close } = createApp({
  dbFile: env.COGNITIONOS_DB ?? 'data/cognitionos.db',
  adminKey: env.COGNITIONOS_ADMIN_KEY ?? generatedKey!,
  rateLimit: parseRateLimit(env.COGNITIONOS_RATE_LIMIT ?? '600/60'),
  faults: parseFaults(env.COGNITIONOS_FAULTS),
  newer: env.COGNITIONOS_COMPAT === 'newer',
});

const server = app.listen(Number(env.PORT ?? 8100), env.HOST ?? '127.0.0.1', (error?: Error) => {
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

function shutdown() {
  server.close();
  server.closeAllConnections();
  close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
