// Structured logs (pino): one JSON line per request with its request id, method, route template,
// status, duration, tenant and trace. Only these fields are written, so a key or a body can never leak.
import type { Response } from 'express';
import { pino, type Logger } from 'pino';
import type { Trace } from './trace.ts';

export type { Logger };

/**
 * JSON lines on stdout; human-readable (pino-pretty, a dev dependency) when a person watches a terminal.
 */
export function createLogger(level: string, pretty: boolean): Logger {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } });
  return pino(options, stdoutOncePerTurn());
}

/** Log text kept while stdout takes nothing (its reader stalled); past it, new lines are dropped. */
const MAX_PENDING_BYTES = 16 * 1024 * 1024;
/** How soon a full stdout is tried again. */
const FULL_RETRY_MS = 20;

/**
 * stdout written once per event-loop turn: the lines of the requests answered in one turn go out in
 * one synchronous system call after it. Measured against pino's asynchronous destination (a thread-pool
 * write whenever none is in flight), this halves what a log line costs the process. What is pending
 * when the process exits is written then. A full stdout (its reader stalled) is never waited on: the
 * lines stay queued and are tried again shortly, so a stuck log collector cannot stop the server.
 */
function stdoutOncePerTurn() {
  // minLength: lines wait for the turn's end (or 8 KB); retryEAGAIN false: a full pipe is reported
  // (below) instead of slept on, which would stall every request.
  const stdout = pino.destination({ dest: 1, sync: true, minLength: 8192, maxLength: MAX_PENDING_BYTES, retryEAGAIN: () => false });
  let scheduled = false;
  let retrying = false;
  const writePending = () => {
    scheduled = false;
    retrying = false;
    stdout.flush();
  };
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EAGAIN') throw error;
    if (retrying) return;
    retrying = true;
    setTimeout(writePending, FULL_RETRY_MS);
  });
  process.on('exit', () => {
    try {
      stdout.flushSync();
    } catch {
      // stdout is still full: what it cannot take now is lost with the process.
    }
  });
  return {
    write(line: string) {
      stdout.write(line);
      if (scheduled || retrying) return;
      scheduled = true;
      setImmediate(writePending);
    },
  };
}

export interface AccessEntry {
  request_id: string;
  /** null when the request could not even be parsed (see client-error.ts). */
  method: string | null;
  /** The spec's path template (`/tenants/{tenant_id}`), so ids do not leak and lines group by route. */
  route: string | null;
  /** null when the connection closed before an answer was sent. */
  status: number | null;
  duration_ms: number;
  tenant_id: string | null;
  /** The W3C trace this request belongs to (the caller's, or one the server started) and the server's span in it. */
  trace_id: string;
  span_id: string;
}

/** Logs a request once its connection is done with it; the pipeline names the route and tenant. */
export function accessLog(logger: Logger) {
  // One listener for every response (it reads its own `this`), so no closure is made per request.
  function logClosed(this: Response) {
    const { req, locals } = this;
    const { traceId, spanId } = locals.trace as Trace;
    const entry: AccessEntry = {
      request_id: locals.requestId as string,
      method: req.method,
      route: (locals.route as string | undefined) ?? null,
      status: this.headersSent ? this.statusCode : null,
      duration_ms: Math.round((performance.now() - (locals.started as number)) * 100) / 100,
      tenant_id: (locals.tenantId as string | undefined) || null,
      trace_id: traceId,
      span_id: spanId,
    };
    logger.info(entry, 'request');
  }
  return (res: Response) => {
    res.locals.started = performance.now();
    res.on('close', logClosed);
  };
}
