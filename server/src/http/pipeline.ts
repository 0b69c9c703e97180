// Mounts every operation of the spec on the router: authenticate, rate-limit, parse, claim the
// Idempotency-Key, validate, authorize, run the handler, answer. Routes come from the spec, so a path
// or method the spec does not declare cannot be served by accident.
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { operations, type Operation } from '../../../spec/src/index.ts';
import type { Engine } from '../engine.ts';
import type { Store } from '../store/index.ts';
import { fingerprintOf } from '../store/idempotency.ts';
import { authorize, createAuthenticator } from './auth.ts';
import { parseBody } from './body.ts';
import { Answer, jsonOf, type Context, type Handler, type Handlers, type Principal, type Result } from './context.ts';
import { badRequest, Problem } from './problem.ts';
import type { createRateLimiter } from './rate-limit.ts';
import type { Responder } from './respond.ts';
import { findRoute, paramNames, pathRoute } from './route-table.ts';
import { coerceQuery, validate } from './validate.ts';

export interface PipelineDeps {
  store: Store;
  engine: Engine;
  adminKey: string;
  rateLimit: ReturnType<typeof createRateLimiter>;
  responder: Responder;
  handlers: Record<string, Handlers>;
  basePath: string;
}

const noQuery = z.strictObject({});

/** Idempotency-Key is an RFC 8941 string (quoted); bare tokens are accepted too, as many clients send them. */
function idempotencyKeyOf(req: Request): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw[0] : raw;
  const key = /^"(.*)"$/.exec(text)?.[1] ?? text;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw badRequest('header.idempotency-key', 'must be 1 to 255 visible ASCII characters');
  return key;
}

/** Location of a created object: its retrieve operation's path, filled from the request's path and the new id. */
function locationOf(retrieve: Operation, basePath: string, params: Record<string, string>, body: unknown): string | undefined {
  const id = (body as { id?: string } | undefined)?.id;
  if (!id) return undefined;
  const names = [...retrieve.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const last = names[names.length - 1];
  return basePath + retrieve.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(name === last ? id : params[name]));
}

/** What serving one operation needs, resolved once when the routes are mounted. */
interface Mounted {
  op: Operation;
  handler: Handler;
  /** The retrieve operation a create's Location points at, if the resource has one. */
  retrieve?: Operation;
}

function mountedFor(op: Operation, handlers: Record<string, Handlers>): Mounted {
  const given = handlers[op.resource]?.[op.method];
  if (!given) throw new Error(`no handler for ${op.resource}.${op.method}`);
  // A handler typed from one operation's schemas must not serve another.
  if (typeof given !== 'function' && (given.op.resource !== op.resource || given.op.method !== op.method)) {
    throw new Error(`the handler for ${op.resource}.${op.method} is bound to ${given.op.resource}.${given.op.method}`);
  }
  const handler = typeof given === 'function' ? given : given.run;
  const retrieve = op.status === 201 ? operations.find((other) => other.resource === op.resource && other.method === 'retrieve') : undefined;
  return { op, handler, retrieve };
}

export function mountOperations(router: Router, deps: PipelineDeps) {
  const authenticate = createAuthenticator(deps.store, deps.adminKey);
  const { responder } = deps;

  function execute({ op, handler, retrieve }: Mounted, req: Request, res: Response, principal: Principal, body: unknown): Result {
    try {
      const params = (op.params ? validate(op.params, 'path', req.params) : {}) as Record<string, string>;
      const query = validate(op.query ?? noQuery, 'query', coerceQuery(op.query ?? noQuery, req.query as Record<string, unknown>));
      const input = op.body ? validate(op.body, 'body', body) : undefined;
      const tenantId = authorize(op.access, principal, params);
      res.locals.tenantId = tenantId;
      const ctx: Context = { store: deps.store, engine: deps.engine, principal, tenantId, params, query, body: input };
      const output = handler(ctx);
      if (output instanceof Answer) return { status: output.status, headers: {}, body: output.body, problem: false };
      const location = retrieve && locationOf(retrieve, deps.basePath, params, output);
      return { status: op.status, headers: location ? { Location: location } : {}, body: op.status === 204 ? undefined : output };
    } catch (error) {
      if (error instanceof Problem) return responder.problemResult(res, error);
      throw error;
    }
  }

  /** A POST with an Idempotency-Key: run once, its answer stored with its writes, replayed after. */
  function executeOnce(mounted: Mounted, req: Request, res: Response, principal: Principal, body: unknown, key: string): Result {
    const outcome = deps.store.idempotency.once(principal.id, key, fingerprintOf(mounted.op.http, req.originalUrl, body), () => {
      const result = execute(mounted, req, res, principal, body);
      return { value: result, stored: { status: result.status, headers: result.headers, body: result.body === undefined ? '' : jsonOf(result.body) } };
    });
    switch (outcome.kind) {
      case 'done':
        return outcome.value;
      case 'in_flight':
        throw new Problem(409, 'A request with this Idempotency-Key is still being processed; retry later.');
      case 'mismatch':
        throw new Problem(422, 'This Idempotency-Key was already used with a different request.', [{ path: 'header.idempotency-key', message: 'reused with a different request' }]);
      case 'replay': {
        const { status, headers, body: stored } = outcome.response;
        return { status, headers: { ...headers, 'Idempotent-Replayed': 'true' }, body: stored === '' ? undefined : JSON.parse(stored) };
      }
    }
  }

  async function handle(mounted: Mounted, req: Request, res: Response) {
    const { op } = mounted;
    res.locals.route = op.path;
    if (op.access === 'public') return responder.send(req, res, execute(mounted, req, res, { kind: 'anonymous', id: 'anonymous' }, undefined));
    const principal = authenticate(req);
    res.set(deps.rateLimit(principal.id));
    if (principal.kind === 'tenant') {
      res.locals.tenantId = principal.tenantId;
      deps.store.usage.countCall(principal.tenantId);
    }
    const body = op.body ? parseBody(req) : undefined;
    const key = op.http === 'post' ? idempotencyKeyOf(req) : undefined;
    return responder.send(req, res, key ? executeOnce(mounted, req, res, principal, body, key) : execute(mounted, req, res, principal, body));
  }

  // Paths with fewer parameters first, so that `/memories/search` is never taken for `/memories/{memory_id}`.
  const routes = [...new Set(operations.map((op) => op.path))]
    .sort((a, b) => paramNames(a).length - paramNames(b).length)
    .map((path) => pathRoute(path, operations.filter((op) => op.path === path).map((op) => mountedFor(op, deps.handlers))));

  // One lookup by path shape, then by method: the first path that matches answers, with its
  // operation or a 405 naming what it allows; no match falls through to the 404.
  router.use((req, res, next) => {
    const found = findRoute(routes, req.path);
    if (!found) return next();
    const mounted = found.route.byMethod.get(req.method) ?? (req.method === 'HEAD' ? found.route.byMethod.get('GET') : undefined);
    if (!mounted) return void responder.sendProblem(req, res, new Problem(405, `${req.method} is not allowed here; use ${found.route.allow}.`, undefined, { Allow: found.route.allow }));
    req.params = found.params;
    handle(mounted, req, res).catch(next);
  });
}
