// Serves every operation of the spec, found in its route table: authenticate, rate-limit, parse, claim the
// Idempotency-Key, validate, authorize, run the handler, answer. Routes come from the spec, so a path
// or method the spec does not declare cannot be served by accident.
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { locationPath, operations, pathParamsOf, type Operation } from '../../../spec/src/index.ts';
import type { Engine } from '../engine.ts';
import type { Store } from '../store/index.ts';
import { fingerprintOf } from '../store/idempotency.ts';
import { authorize, createAuthenticator } from './auth.ts';
import { parseBody } from './body.ts';
import { Answer, jsonOf, type Context, type Handler, type Principal, type Result } from './context.ts';
import type { BoundHandler } from './handler.ts';
import { badRequest, inFlight, Problem, problemAnswer, shouldRetryHeader } from './problem.ts';
import type { AuthFailureLimiter } from './auth-failures.ts';
import type { CostBudget } from './cost-budget.ts';
import type { createRateLimiter } from './rate-limit.ts';
import type { Responder } from './respond.ts';
import { findRoute, pathRoute } from './route-table.ts';
import { coerceQuery, validate } from './validate.ts';

export interface PipelineDeps {
  store: Store;
  engine: Engine;
  /** The admin key's hash (the key itself is never kept). */
  adminKeyHash: string;
  rateLimit: ReturnType<typeof createRateLimiter>;
  /** Each tenant's share of the server's time; none: unbounded. */
  costBudget?: CostBudget;
  /** Failed authentications per address; none: unlimited. */
  authFailures?: AuthFailureLimiter;
  responder: Responder;
  handlers: BoundHandler[];
  basePath: string;
}

const noQuery = z.strictObject({});

/** The validated query; an operation that declares none still refuses any parameter sent (400 naming it). */
function queryOf(op: Operation, given: Record<string, unknown>) {
  if (!op.query) return Object.keys(given).length === 0 ? {} : validate(noQuery, 'query', given);
  return validate(op.query, 'query', coerceQuery(op.query, given));
}

/** Idempotency-Key is an RFC 8941 string (quoted); bare tokens are accepted too, as many clients send them. */
function idempotencyKeyOf(req: Request): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw[0] : raw;
  const key = /^"(.*)"$/.exec(text)?.[1] ?? text;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw badRequest('header.idempotency-key', 'must be 1 to 255 visible ASCII characters');
  return key;
}

/** Location of a created object, at its operation's Location target (resolved once, by the spec). */
function locationOf(op: Operation, basePath: string, params: Record<string, string>, body: unknown): string | undefined {
  const id = (body as { id?: string } | undefined)?.id;
  return op.location && id ? basePath + locationPath(op.location, params, id) : undefined;
}

/** What serving one operation needs, resolved once when the routes are mounted. */
interface Mounted {
  op: Operation;
  handler: Handler;
}

/** Each operation's handler: the one bound to it, so a handler typed from one operation's schemas serves no other. */
function handlerByOperation(handlers: BoundHandler[]): Map<Operation, Handler> {
  const byOp = new Map<Operation, Handler>();
  for (const { op, run } of handlers) {
    if (byOp.has(op)) throw new Error(`two handlers for ${op.operationId}`);
    byOp.set(op, run);
  }
  const unserved = operations.filter((op) => !byOp.has(op)).map((op) => op.operationId);
  if (unserved.length > 0) throw new Error(`no handler for ${unserved.join(', ')}`);
  return byOp;
}

/**
 * Serves every operation of the spec, given a call's path under the API base: it answers the request,
 * or calls `next()` when no spec path matches (the app's 404 follows) and `next(error)` when routing refused it.
 */
export function operationDispatcher(deps: PipelineDeps) {
  const authenticate = createAuthenticator(deps.store, deps.adminKeyHash, deps.authFailures);
  const { responder } = deps;

  function execute({ op, handler }: Mounted, req: Request, res: Response, principal: Principal, body: unknown): Result {
    try {
      const params = (op.params ? validate(op.params, 'path', req.params) : {}) as Record<string, string>;
      const query = queryOf(op, req.query as Record<string, unknown>);
      const input = op.body ? validate(op.body, 'body', body) : undefined;
      const tenantId = authorize(op.access, principal, params);
      res.locals.tenantId = tenantId;
      // Metered once authorized: a refused call (401, 403, 429, or invalid before it reached its tenant) is not billed.
      if (principal.kind === 'tenant') deps.store.usage.countCall(tenantId);
      const ctx: Context = { store: deps.store, engine: deps.engine, principal, tenantId, params, query, body: input };
      const output = handler(ctx);
      // An operation's own error answer (a failed health check) says whether to retry, as a problem does.
      if (output instanceof Answer) return { status: output.status, headers: output.status >= 400 ? shouldRetryHeader(output.status) : {}, body: output.body, problem: false };
      const location = locationOf(op, deps.basePath, params, output);
      return { status: op.status, headers: location ? { Location: location } : {}, body: op.status === 204 ? undefined : output };
    } catch (error) {
      // Answered here rather than by the app's error handler, so an Idempotency-Key stores this answer too.
      if (error instanceof Problem) return problemAnswer(error, res.locals.requestId as string);
      throw error;
    }
  }

  /** A POST with an Idempotency-Key: run once, its answer stored with its writes, replayed after. */
  function executeOnce(mounted: Mounted, req: Request, res: Response, principal: Principal, body: unknown, key: string): Result {
    // Keys are the tenant's (the admin's for the admin), as payment APIs scope them to the account:
    // a retry sent with another key of the same tenant (after a key rotation) replays, never duplicates.
    const owner = principal.kind === 'tenant' ? principal.tenantId : principal.id;
    const outcome = deps.store.idempotency.once(owner, key, fingerprintOf(mounted.op.http, req.originalUrl, body), () => {
      const result = execute(mounted, req, res, principal, body);
      return { value: result, stored: { status: result.status, headers: result.headers, body: result.body === undefined ? '' : jsonOf(result.body) } };
    });
    switch (outcome.kind) {
      case 'done':
        return outcome.value;
      case 'in_flight':
        throw inFlight('A request with this Idempotency-Key is still being processed; retry later.');
      case 'mismatch':
        throw new Problem(422, 'This Idempotency-Key was already used with a different request.', [{ path: 'header.idempotency-key', message: 'reused with a different request' }]);
      case 'replay': {
        const { status, headers, body: stored } = outcome.response;
        return { status, headers: { ...headers, 'Idempotent-Replayed': 'true' }, body: stored === '' ? undefined : JSON.parse(stored) };
      }
    }
  }

  function handle(mounted: Mounted, req: Request, res: Response) {
    const { op } = mounted;
    res.locals.route = op.path;
    if (op.access === 'public') return responder.send(req, res, execute(mounted, req, res, { kind: 'anonymous', id: 'anonymous' }, undefined));
    const principal = authenticate(req);
    const limits = deps.rateLimit(principal.id);
    for (const name in limits) res.setHeader(name, limits[name]);
    if (principal.kind === 'tenant') {
      res.locals.tenantId = principal.tenantId;
      deps.costBudget?.check(principal.tenantId);
    }
    const body = op.body ? parseBody(req) : undefined;
    const key = op.http === 'post' ? idempotencyKeyOf(req) : undefined;
    const started = performance.now();
    const run = () => (key ? executeOnce(mounted, req, res, principal, body, key) : execute(mounted, req, res, principal, body));
    // A call that writes does so in one transaction: if the store fails half-way, nothing of it remains.
    const result = op.http === 'get' ? run() : deps.store.write(run);
    if (principal.kind === 'tenant') deps.costBudget?.charge(principal.tenantId, performance.now() - started);
    return responder.send(req, res, result);
  }

  // Paths with fewer parameters first, so that `/memories/search` is never taken for `/memories/{memory_id}`.
  const handlers = handlerByOperation(deps.handlers);
  const routes = [...new Set(operations.map((op) => op.path))]
    .sort((a, b) => pathParamsOf(a).length - pathParamsOf(b).length)
    .map((path) => pathRoute(path, operations.filter((op) => op.path === path).map((op): Mounted => ({ op, handler: handlers.get(op)! }))));

  // One lookup by path shape, then by method: the first path that matches answers, with its
  // operation or a 405 naming what it allows; no match falls through to the 404.
  return function dispatch(req: Request, res: Response, next: NextFunction, path: string) {
    const found = findRoute(routes, path);
    if (!found) return next();
    const mounted = found.route.byMethod.get(req.method) ?? (req.method === 'HEAD' ? found.route.byMethod.get('GET') : undefined);
    if (!mounted) throw new Problem(405, `${req.method} is not allowed here; use ${found.route.allow}.`, undefined, { Allow: found.route.allow });
    req.params = found.params;
    // Answered synchronously, unless a fault delays the answer.
    handle(mounted, req, res)?.catch(next);
  };
}
