// The single registry every resource file registers into, and the operation list the server mounts.
// Keeping operations as data (not only as OpenAPI paths) lets the server route, validate and answer
// 405 from exactly what the spec declares. document.ts turns each operation into its OpenAPI path
// (routeOf) once every resource is registered, so what depends on other operations (a create's
// Location target and links, see links.ts) is worked out once, from the whole table.
import { extendZodWithOpenApi, OpenAPIRegistry, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export const registry = new OpenAPIRegistry();

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';
/** Who may call: nobody needs a key, admin keys only, tenant keys only, or either (scoped to the path's tenant). */
export type Access = 'public' | 'admin' | 'tenant' | 'admin_or_own_tenant';

/** An operation as registered: what its resource file declared, and what follows from it. */
export interface Operation extends OperationInput {
  operationId: string;
  paginated: boolean;
  /** A create's Location target: the same resource's retrieve, when it has one (set by document.ts). */
  location?: Operation;
}

export interface OperationInput {
  /** Dotted SDK resource path, e.g. `tenants.apiKeys`. */
  resource: string;
  /** SDK method name, e.g. `create`. */
  method: string;
  tag: string;
  http: HttpMethod;
  path: string;
  access: Access;
  summary: string;
  /** What the operation does, beyond its summary: every SDK method's doc comment starts here. */
  description: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status: 200 | 201 | 202 | 204;
  response?: z.ZodType;
  responseDescription: string;
  paginated?: boolean;
  /** When the operation answers 503 with its own response body (not a problem), e.g. a failed health check. */
  unavailableDescription?: string;
  /**
   * A long-running create: the SDKs emit create-and-poll from this (spec extension `x-cognitionos-polling`).
   * The read that is repeated is the create's Location target, so it is not named here.
   */
  polling?: Polling;
}

/** How to wait for what an operation started: re-read it until `status_field` is one of `terminal`. */
export interface Polling {
  status_field: string;
  terminal: readonly string[];
  interval_ms: number;
  timeout_ms: number;
}

export const operations: Operation[] = [];

const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
export const header = (name: string) => ({ $ref: `#/components/headers/${name}` });
const parameter = (name: string) => ({ $ref: `#/components/parameters/${name}` });

/** Headers on every answer, success or error (common.ts declares the components). */
export const everyAnswerHeaders = () => ({
  'X-Request-Id': header('RequestId'),
  'CognitionOS-Spec-Version': header('SpecVersion'),
  traceresponse: header('TraceResponse'),
});

/** The error responses an operation can produce, derived from what the server's middleware does to it. */
function errorResponses(op: OperationInput): Record<string, ResponseConfig | { $ref: string }> {
  const errors: Record<string, { $ref: string }> = {};
  if (op.access !== 'public') {
    errors['401'] = problem('Unauthorized');
    errors['403'] = problem('Forbidden');
    errors['429'] = problem('TooManyRequests');
  }
  // Every operation can get a 400: unknown query parameters are rejected even where none are declared.
  errors['400'] = problem('BadRequest');
  if (op.params) errors['404'] = problem('NotFound');
  if (op.http === 'post') {
    errors['409'] = problem('Conflict');
    errors['422'] = problem('UnprocessableEntity');
  }
  if (op.body) {
    errors['413'] = problem('PayloadTooLarge');
    errors['415'] = problem('UnsupportedMediaType');
  }
  if (op.http === 'patch' || op.http === 'delete') errors['409'] ??= problem('Conflict');
  return errors;
}

function successHeaders(op: Operation) {
  const headers: Record<string, { $ref: string }> = everyAnswerHeaders();
  if (op.access !== 'public') {
    headers['RateLimit-Policy'] = header('RateLimitPolicy');
    headers['RateLimit'] = header('RateLimit');
  }
  if (op.location) headers['Location'] = header('Location');
  if (op.http === 'post') headers['Idempotent-Replayed'] = header('IdempotentReplayed');
  return headers;
}

export function operationIdOf(resource: string, method: string): string {
  const words = [...resource.split('.'), method];
  return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}

/** Registers the operation and returns it with its schemas' types, so the server can type its handler. */
export function defineOperation<const O extends OperationInput>(input: O): O & Operation {
  const op = { ...input, operationId: operationIdOf(input.resource, input.method), paginated: input.paginated ?? false };
  operations.push(op);
  return op;
}

/** The operation's OpenAPI path item; `links` are the create's, derived from the whole table (links.ts). */
export function routeOf(op: Operation, links: ResponseConfig['links']): RouteConfig {
  const success: ResponseConfig = {
    description: op.responseDescription,
    headers: successHeaders(op),
    ...(op.response ? { content: { 'application/json': { schema: op.response } } } : {}),
    ...(links ? { links } : {}),
  };
  return {
    method: op.http,
    path: op.path,
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    security: op.access === 'public' ? [] : [{ bearerAuth: [] }],
    parameters: [parameter('TraceParent'), parameter('TraceState')],
    request: {
      ...(op.params ? { params: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.body ? { body: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
    },
    responses: {
      [op.status]: success,
      ...errorResponses(op),
      ...(op.unavailableDescription ? { 503: unavailable(op.unavailableDescription, success) } : {}),
    },
    'x-cognitionos-sdk': { resource: op.resource, method: op.method },
    ...(op.paginated ? { 'x-cognitionos-pagination': 'cursor' } : {}),
    ...(op.polling ? { 'x-cognitionos-polling': pollingOf(op) } : {}),
  };
}

/** An operation's own 503 (a failed health check): the success body, and like every error answer, X-Should-Retry. */
function unavailable(description: string, success: ResponseConfig): ResponseConfig {
  return { description, headers: { ...success.headers, 'X-Should-Retry': header('ShouldRetry') }, content: success.content };
}

/** The polling extension, its `retrieve` read being the create's Location target. */
function pollingOf(op: Operation) {
  if (!op.location) throw new Error(`${op.operationId} polls, but its resource has no retrieve operation to poll with`);
  return { ...op.polling, retrieve: op.location.operationId };
}

export { z };
