// The app factory: the spec-driven API under /api/v3, the spec itself, and its interactive docs.
import express, { type NextFunction, type Request, type Response } from 'express';
import { LIMITS, SPEC_VERSION } from '../../spec/src/index.ts';
import { startAdminKey, type AdminKeyOptions } from './admin-key.ts';
import { docsRouter } from './docs.ts';
import { accessLog, type Logger } from './http/access-log.ts';
import { newRequestId } from './ids.ts';
import { traceOf, traceResponse } from './http/trace.ts';
import { createEngine } from './engine.ts';
import { pickFault, type Faults } from './http/faults.ts';
import { operationDispatcher } from './http/pipeline.ts';
import { escapeRegExp } from './http/route-table.ts';
import { fieldProblem, Problem, problemAnswer } from './http/problem.ts';
import { createAuthFailureLimiter } from './http/auth-failures.ts';
import { createCostBudget, type CostBudgetPolicy } from './http/cost-budget.ts';
import { createRateLimiter, type RateLimitPolicy } from './http/rate-limit.ts';
import { createResponder } from './http/respond.ts';
import { handlers } from './routes/index.ts';
import { isStoreUnavailable, STORE_RETRY_AFTER_S } from './store/availability.ts';
import { openStore, type Store } from './store/index.ts';

export const BASE_PATH = '/api/v3';
/** A path under the API's base, matched as Express mounts one (case-insensitive, whole segments). */
const API_BASE = new RegExp(`^${escapeRegExp(BASE_PATH)}(?=/|$)`, 'i');
/** An API call: a path under the base other than the spec the docs serve there. */
const API_CALL = new RegExp(`${API_BASE.source}(?!/openapi\\.json)`, 'i');
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** body-parser's own test (type-is `hasBody`): a request has a body when it gives a length or is chunked. */
const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
/** body-parser's own 4xx, by its error `type`: what the client got wrong, and which header says so. */
const parserErrors: Record<string, { status: number; path: string; message?: string }> = {
  'entity.too.large': { status: 413, path: 'body', message: `larger than ${LIMITS.max_body_bytes} bytes, the limit` },
  'encoding.unsupported': { status: 415, path: 'header.content-encoding' },
  'charset.unsupported': { status: 415, path: 'header.content-type' },
};

export interface AppOptions {
  dbFile: string;
  /** The admin key: given (COGNITIONOS_ADMIN_KEY), or the store's, made at its first start or when rotated. */
  adminKey: AdminKeyOptions;
  rateLimit: RateLimitPolicy;
  /** Failed authentications per client address before 429 (none: no limit). */
  authFailureLimit?: RateLimitPolicy;
  /** Each tenant's share of the server's synchronous work (none: no budget). */
  costBudget?: CostBudgetPolicy;
  faults: Faults | null;
  /** "Newer server" mode for forward-compatibility tests. */
  newer: boolean;
  /** How long an Idempotency-Key's answer is replayed; older ones are purged. */
  idempotencyRetentionMs: number;
  logger: Logger;
}

const PURGE_EVERY_MS = 3_600_000;

/** The store could not take the request's writes (they were rolled back): the same request may succeed later. */
const storeUnavailable = () =>
  new Problem(503, 'The store is unavailable right now; nothing was written. Retry after the Retry-After delay.', undefined, { 'Retry-After': String(STORE_RETRY_AFTER_S) });

/**
 * What a thrown error tells the client: our own problems as they are, an unavailable store a 503,
 * body-parser's 4xx by its type, and anything else (a bug, reported through `logBug`) a 500.
 */
function problemOf(error: unknown, logBug: () => void): Problem {
  if (error instanceof Problem) return error;
  if (isStoreUnavailable(error)) return storeUnavailable();
  const { status, type, message } = error as { status?: number; type?: string; message: string };
  const known = type === undefined ? undefined : parserErrors[type];
  if (known) return fieldProblem(known.status, known.path, known.message ?? message);
  if (status && status >= 400 && status < 500) return new Problem(400, message, [{ path: 'request', message }]);
  logBug();
  return new Problem(500, 'Internal error; quote the request id when reporting it.');
}

/**
 * A timer's write: while the store is unavailable it waits for the timer's next turn (the api_calls
 * counts stay pending in memory), instead of ending the process from inside a timer.
 */
function inBackground(store: Store, logger: Logger, what: string, run: () => unknown) {
  try {
    store.write(run);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    logger.warn({ err: error }, `${what}: the store is unavailable, will try again`);
  }
}

export function createApp(options: AppOptions) {
  const store = openStore(options.dbFile, { idempotencyRetentionMs: options.idempotencyRetentionMs });
  const admin = startAdminKey(store, options.adminKey);
  const engine = createEngine(store);
  const responder = createResponder({ newer: options.newer, delayMs: options.faults?.delayMs ?? 0 });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  const logWhenDone = accessLog(options.logger);
  const readBody = express.raw({ type: () => true, limit: LIMITS.max_body_bytes });
  const dispatch = operationDispatcher({ store, engine, adminKeyHash: admin.hash, rateLimit: createRateLimiter(options.rateLimit),
    authFailures: options.authFailureLimit && createAuthFailureLimiter(options.authFailureLimit),
    costBudget: options.costBudget && createCostBudget(options.costBudget), responder, handlers, basePath: BASE_PATH });

  /** An API call, its path under the base already known: faults, then its body (if it has one), then its operation. */
  function serveApi(req: Request, res: Response, next: NextFunction, path: string) {
    res.locals.fault = pickFault(options.faults, path);
    if (res.locals.fault === '503') throw new Problem(503, 'Injected fault: try again.');
    // `DELETE /tenants/t/api_keys/` must not reach DELETE /tenants/{tenant_id} (a path may end in one
    // optional slash): a client whose URL layer dropped an id must not act on the parent.
    if (MUTATING.has(req.method) && path.endsWith('/')) throw new Problem(404, `No route for ${req.method} ${path}: a path ending in / names no object.`);
    // Most calls carry no body; body-parser would find that out only after checks of its own.
    if (!hasBody(req)) return dispatch(req, res, next, path);
    readBody(req, res, (error?: unknown) => {
      if (error) return next(error);
      try {
        dispatch(req, res, next, path);
      } catch (failure) {
        next(failure);
      }
    });
  }

  // Every request passes one layer before its answer: an API call is served from it, and only the
  // docs and unknown paths go on. Each Express layer (a mounted path more so) costs a share of a small GET.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = newRequestId();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const trace = traceOf(req.headers.traceparent);
    res.locals.trace = trace;
    res.setHeader('traceresponse', traceResponse(trace));
    res.setHeader('CognitionOS-Spec-Version', SPEC_VERSION);
    logWhenDone(res);
    const { path } = req;
    const base = API_CALL.exec(path);
    if (!base) return next();
    serveApi(req, res, next, path.slice(base[0].length) || '/');
  });
  app.use(docsRouter(BASE_PATH));
  app.use((req: Request) => {
    const path = req.originalUrl.split('?')[0];
    throw new Problem(404, API_BASE.test(path) ? `No route for ${req.method} ${path}.` : `Not found; the API is under ${BASE_PATH}.`);
  });

  // Every problem thrown around an operation is answered here, in the one wire form (problemAnswer);
  // those thrown while one executes are answered by the pipeline, so an Idempotency-Key stores them.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const problem = problemOf(error, () => options.logger.error({ request_id: res.locals.requestId, err: error }, 'unhandled error'));
    void responder.send(req, res, problemAnswer(problem, res.locals.requestId as string));
  });

  engine.recover();
  const flushTimer = setInterval(() => inBackground(store, options.logger, 'api_calls flush', store.usage.flushCalls), 1000);
  flushTimer.unref();
  store.idempotency.purgeExpired();
  const purgeTimer = setInterval(() => inBackground(store, options.logger, 'idempotency purge', store.idempotency.purgeExpired), PURGE_EVERY_MS);
  purgeTimer.unref();

  return {
    app,
    store,
    engine,
    adminKey: admin.start,
    close() {
      clearInterval(flushTimer);
      clearInterval(purgeTimer);
      engine.stop();
      store.usage.flushCalls();
      store.db.close();
    },
  };
}
