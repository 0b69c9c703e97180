// Structured logs (pino): one JSON line per request with its request id, method, route template,
// status, duration and tenant. Only these fields are written, so a key or a body can never leak.
import type { Request, Response } from 'express';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout; human-readable (pino-pretty, a dev dependency) when a person watches a terminal.
 * Lines are written asynchronously: under load, lines waiting behind a write go out together in one
 * system call instead of one each (pino flushes what is left when the process exits).
 */
export function createLogger(level: string, pretty: boolean): Logger {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } });
  return pino(options, pino.destination({ dest: 1, sync: false }));
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
}

/** Logs a request once its connection is done with it; the pipeline names the route and tenant. */
export function accessLog(logger: Logger) {
  return (req: Request, res: Response) => {
    const started = performance.now();
    res.once('close', () => {
      const entry: AccessEntry = {
        request_id: res.locals.requestId as string,
        method: req.method,
        route: (res.locals.route as string | undefined) ?? null,
        status: res.headersSent ? res.statusCode : null,
        duration_ms: Math.round((performance.now() - started) * 100) / 100,
        tenant_id: (res.locals.tenantId as string | undefined) || null,
      };
      logger.info(entry, 'request');
    });
  };
}
