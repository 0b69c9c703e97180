// The single registry every resource file registers into, and the operation list the server mounts.
// Keeping operations as data (not only as OpenAPI paths) lets the server route, validate and answer
// 405 from exactly what the spec declares.
import { extendZodWithOpenApi, OpenAPIRegistry, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export const registry = new OpenAPIRegistry();

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';
/** Who may call: nobody needs a key, admin keys only, tenant keys only, or either (scoped to the path's tenant). */
export type Access = 'public' | 'admin' | 'tenant' | 'admin_or_own_tenant';

export interface Operation {
  /** Dotted SDK resource path, e.g. `tenants.apiKeys`. */
  resource: string;
  /** SDK method name, e.g. `create`. */
  method: string;
  operationId: string;
  tag: string;
  http: HttpMethod;
  path: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status: 200 | 201 | 202 | 204;
  response?: z.ZodType;
  paginated: boolean;
}

export interface OperationInput {
  resource: string;
  method: string;
  tag: string;
  http: HttpMethod;
  path: string;
  access: Access;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status: Operation['status'];
  response?: z.ZodType;
  responseDescription: string;
  paginated?: boolean;
  /** OpenAPI links from the success response to follow-up operations (stateful testing chains them). */
  links?: Record<string, { operationId: string; parameters: Record<string, string> }>;
  /** A long-running create: the SDKs emit create-and-poll from this (spec extension `x-cognitionos-polling`). */
  polling?: Polling;
}

/** How to wait for what an operation started: re-read `retrieve` until `status_field` is one of `terminal`. */
export interface Polling {
  status_field: string;
  terminal: string[];
  interval_ms: number;
  timeout_ms: number;
  /** operationId of the read that is repeated. */
  retrieve: string;
}

export const operations: Operation[] = [];
/** Route configs, registered by document.ts in tag order so the path order does not depend on import order. */
export const routes: RouteConfig[] = [];

const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

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

function successHeaders(op: OperationInput) {
  const headers: Record<string, { $ref: string }> = {
    'X-Request-Id': header('RequestId'),
    'CognitionOS-Spec-Version': header('SpecVersion'),
  };
  if (op.access !== 'public') {
    headers['RateLimit-Policy'] = header('RateLimitPolicy');
    headers['RateLimit'] = header('RateLimit');
  }
  if (op.status === 201) headers['Location'] = header('Location');
  if (op.http === 'post') headers['Idempotent-Replayed'] = header('IdempotentReplayed');
  return headers;
}

export function operationIdOf(resource: string, method: string): string {
  const words = [...resource.split('.'), method];
  return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}

export function defineOperation(op: OperationInput): void {
  const operationId = operationIdOf(op.resource, op.method);
  const success: ResponseConfig = {
    description: op.responseDescription,
    headers: successHeaders(op),
    ...(op.response ? { content: { 'application/json': { schema: op.response } } } : {}),
    ...(op.links ? { links: op.links } : {}),
  };
  routes.push({
    method: op.http,
    path: op.path,
    operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    security: op.access === 'public' ? [] : [{ bearerAuth: [] }],
    request: {
      ...(op.params ? { params: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.body ? { body: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
    },
    responses: { [op.status]: success, ...errorResponses(op) },
    'x-cognitionos-sdk': { resource: op.resource, method: op.method },
    ...(op.paginated ? { 'x-cognitionos-pagination': 'cursor' } : {}),
    ...(op.polling ? { 'x-cognitionos-polling': op.polling } : {}),
  });
  operations.push({
    resource: op.resource,
    method: op.method,
    operationId,
    tag: op.tag,
    http: op.http,
    path: op.path,
    access: op.access,
    params: op.params,
    query: op.query,
    body: op.body,
    status: op.status,
    response: op.response,
    paginated: op.paginated ?? false,
  });
}

export { z };
