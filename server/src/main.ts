// `npm start`: the reference server, configured from the environment (settings.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BASE_PATH, createApp } from './app.ts';
import { bannerLines } from './banner.ts';
import { createLogger } from './http/access-log.ts';
import { answerClientErrors } from './http/client-error.ts';
import { boundConnections, serverOptions } from './http/connections.ts';
import { readSettings } from './settings.ts';

/** How long a stop waits for requests in flight before it closes their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

let settings;
try {
  settings = readSettings(process.env, process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const logger = createLogger(settings.LOG_LEVEL, process.stdout.isTTY === true);
const { app, close, store, adminKey } = createApp({
  dbFile: settings.COGNITIONOS_DB,
  adminKey: { given: settings.COGNITIONOS_ADMIN_KEY, rotate: settings.COGNITIONOS_ROTATE_ADMIN_KEY },
  rateLimit: settings.COGNITIONOS_RATE_LIMIT,
  authFailureLimit: settings.COGNITIONOS_AUTH_FAILURE_LIMIT,
  costBudget: settings.COGNITIONOS_COST_BUDGET,
  faults: settings.COGNITIONOS_FAULTS,
  newer: settings.COGNITIONOS_COMPAT === 'newer',
  idempotencyRetentionMs: settings.COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS * 3_600_000,
  logger,
});

// Every connection is bounded (see connections.ts), so slow or idle clients cannot pile up.
const bounds = {
  headersTimeoutMs: settings.COGNITIONOS_HEADERS_TIMEOUT_MS,
  requestTimeoutMs: settings.COGNITIONOS_REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: settings.COGNITIONOS_KEEP_ALIVE_TIMEOUT_MS,
  maxConnections: settings.COGNITIONOS_MAX_CONNECTIONS,
};
const server = createServer(serverOptions(bounds), app);
boundConnections(server, bounds);
server.on('error', (error) => {
  console.error(`cannot listen: ${error.message}`);
  process.exit(1);
});
// stdout is the log stream (JSON lines, for machines): the banner and a new admin key go to
// stderr, so a log file never holds the key.
server.listen(settings.PORT, settings.HOST, () => {
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  logger.info({ event: 'listening', url: `${origin}${BASE_PATH}`, docs: `${origin}/docs` }, 'listening');
  console.error(bannerLines(`${origin}${BASE_PATH}`, `${origin}/docs`, adminKey, settings.COGNITIONOS_DB).join('\n'));
});
answerClientErrors(server, logger);

/**
 * SIGTERM/SIGINT: stop accepting, let requests in flight finish (each answer is sent, so nothing
 * acknowledged is lost and nothing written goes unanswered), bounded by SHUTDOWN_GRACE_MS; then stop
 * the engine between steps (a running execution resumes after the next start) and close the store.
 */
let stopping = false;
function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  logger.info({ event: 'stopping', signal }, 'stopping: no new connections, waiting for requests in flight');
  // A keep-alive connection is closed as soon as it has no request in flight.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
  const finish = () => {
    clearInterval(closeIdle);
    clearTimeout(deadline);
    close();
    logger.info({ event: 'stopped' }, 'stopped');
    process.exit(0);
  };
  // The bound holds even if a connection never reports closing: the store is closed and the process ends.
  const deadline = setTimeout(() => {
    logger.warn({ event: 'grace_over', grace_ms: SHUTDOWN_GRACE_MS }, 'grace period over: closing the connections still open');
    server.closeAllConnections();
    finish();
  }, SHUTDOWN_GRACE_MS);
  server.close(finish);
  server.closeIdleConnections();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
// The chaos run's cache failure (`npm run chaos`): the tenant cache is lost mid-traffic; answers must stay right.
process.on('SIGUSR2', () => {
  store.tenants.dropCache();
  logger.warn('SIGUSR2: tenant cache dropped');
});
