// Shapes every resource shares: ids, times, metadata, pagination, the problem+json error, headers.
import { everyAnswerHeaders, header, registry, z } from './registry.ts';

/** Spec version: `info.version` and the CognitionOS-Spec-Version header. Bump it with every contract change. */
export const SPEC_VERSION = '3.1.0';

/**
 * Limits on every JSON body, declared in the document (`info.x-cognitionos-limits`) so clients can
 * check before sending: the size in bytes, and how deeply objects and arrays may nest.
 */
export const LIMITS = { max_body_bytes: 262_144, max_json_depth: 32, max_search_terms: 32, max_search_postings: 5_000 } as const;

/** Path parameter for an object id. Ids are opaque: any unknown id is a 404, not a 400. */
export const idParam = (name: string, example: string, description: string) =>
  z.string().min(1).max(64).openapi({ param: { name, in: 'path' }, description, example });

/** An RFC 3339 time; the server writes UTC with milliseconds. Each use says which moment it is. */
export const timestamp = z.iso.datetime({ offset: true }).openapi({ example: '2026-11-23T09:00:00.000Z' });
export const createdAt = timestamp.openapi({ description: 'When the object was created (RFC 3339, UTC).' });
export const updatedAt = timestamp.openapi({ description: 'When the object last changed (RFC 3339, UTC); its creation time until then.' });
/** The object's own id, `<prefix>_...`: opaque, sortable by creation time. */
export const objectId = (what: string, example: string) =>
  z.string().openapi({ description: `Unique id of the ${what}; opaque, quote it as it is.`, example });

export const Metadata = z
  .record(z.string(), z.string().max(512))
  .openapi('Metadata', {
    description: 'Free-form string pairs for the caller.',
    example: { team: 'research' },
  });

/**
 * Cursors are the sort key of the last item seen. Any well-formed cursor is meaningful ("items after
 * this one"), so a syntactically valid cursor never fails; a malformed one is a 400 naming `cursor`.
 */
export const pageQuery = {
  limit: z.int().min(1).max(100).default(20).openapi({ description: 'Page size, 1..100 (default 20).', example: 20 }),
  cursor: z
    .string()
    .regex(/^[a-z]{2,5}_[0-9a-z]{1,40}$/)
    .optional()
    .openapi({ description: 'The `next_cursor` of the previous page; omit it for the first page.', example: 'ten_01jd5ee8ym0000000000000001' }),
};

export function listOf<T extends z.ZodType>(name: string, item: T, itemExample: unknown) {
  return z
    .object({
      data: z.array(item).openapi({ description: 'The items of this page, in the list\'s order.' }),
      has_more: z.boolean().openapi({ description: 'Whether another page follows.' }),
      next_cursor: z.string().nullable().openapi({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
    })
    .openapi(name, { description: 'One page of a cursor-paginated list.', example: { data: [itemExample], has_more: false, next_cursor: null } });
}

export const FieldError = z
  .object({
    path: z.string().openapi({ description: 'Where the problem is: `body.name`, `query.limit`, `path.tenant_id`, `header.authorization`.', example: 'body.name' }),
    message: z.string().openapi({ description: 'What is wrong with it.', example: 'Required' }),
  })
  .openapi('FieldError', { description: 'One invalid field of a request.' });

export const ProblemDetails = registry.register('ProblemDetails', z
  .object({
    type: z.string().openapi({ description: 'A URI naming the problem type.', example: 'https://docs.cognitionos.dev/problems/invalid-request' }),
    title: z.string().openapi({ description: 'A short summary of the problem type, the same for every problem of its type.', example: 'Invalid request' }),
    status: z.int().openapi({ description: 'The HTTP status code of the answer.', example: 400 }),
    detail: z.string().openapi({ description: 'What went wrong with this request, for a person to read.', example: 'body.name: Required' }),
    request_id: z.string().openapi({ description: 'The request\'s id, as in the `X-Request-Id` header; quote it when asking for support.', example: 'req_01jd5ee8ym7w3r1s2t3u4v5w6x' }),
    errors: z.array(FieldError).optional().openapi({ description: 'Each offending field, for bad input.' }),
  })
  .openapi('ProblemDetails', { description: 'RFC 9457 problem details.' }),
);

registry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: 'An admin key or a tenant key, `cog_...`.',
});

/** A response header's schema: a string or an integer, with the values or the shape it takes. */
interface HeaderSchema { type: 'string' | 'integer'; enum?: string[]; pattern?: string }

/** W3C Trace Context: the version-00 `traceparent` shape, the server's own span in `traceresponse`. */
export const TRACEPARENT_FORMAT = '`00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`';

const headerComponents: Record<string, { description: string; required?: boolean; schema: HeaderSchema }> = {
  RequestId: { description: 'Unique id of this request; quote it when asking for support.', required: true, schema: { type: 'string' } },
  SpecVersion: { description: 'Version of the API contract the server implements.', required: true, schema: { type: 'string' } },
  RateLimitPolicy: { description: 'Rate limit policy of this key (IETF draft-ietf-httpapi-ratelimit-headers), e.g. `"default";q=600;w=60`.', schema: { type: 'string' } },
  RateLimit: { description: 'Remaining quota and seconds until reset, e.g. `"default";r=599;t=60`.', schema: { type: 'string' } },
  RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
  Location: { description: 'URL of the created object.', schema: { type: 'string' } },
  IdempotentReplayed: { description: '`true` when this answer replays an earlier request with the same Idempotency-Key.', schema: { type: 'string' } },
  Allow: { description: 'Methods the path supports.', schema: { type: 'string' } },
  ShouldRetry: {
    description:
      'Whether sending the same request again may succeed; clients honour it before their own retry table. ' +
      '`true` on 429, 503, 500, 408 and on a 409 for an Idempotency-Key still in flight; ' +
      '`false` on every permanent error: 400, 401, 403, 404, 405, 413, 415, 422 and a 409 state conflict (e.g. cancelling a finished execution).',
    required: true,
    schema: { type: 'string', enum: ['true', 'false'] },
  },
  TraceResponse: {
    description:
      'W3C Trace Context (Level 2 draft) `traceresponse`: `00-<trace id>-<server span id>-01`. The trace id is the request\'s ' +
      '`traceparent` trace id when one was sent and valid, otherwise a new one; the server span id names this request in the server\'s access log.',
    required: true,
    schema: { type: 'string', pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-01$' },
  },
};
for (const [name, component] of Object.entries(headerComponents)) registry.registerComponent('headers', name, component);

/** Request headers every operation reads: the caller's W3C trace context. */
const traceParameters = {
  TraceParent: {
    description:
      `W3C Trace Context \`traceparent\` of the caller's active span, ${TRACEPARENT_FORMAT}. The server continues that trace ` +
      '(its access-log line carries the trace id) and answers `traceresponse`. An invalid value is ignored: a new trace is started, the request is not refused.',
    name: 'traceparent',
  },
  TraceState: {
    description: 'W3C Trace Context `tracestate`: vendor-specific trace data sent along with `traceparent`; accepted and not interpreted.',
    name: 'tracestate',
  },
};
for (const [name, { description, name: header }] of Object.entries(traceParameters)) {
  registry.registerComponent('parameters', name, { name: header, in: 'header', required: false, description, schema: { type: 'string' } });
}

const problemResponses: Record<string, { status: number; description: string; retryAfter?: boolean }> = {
  BadRequest: { status: 400, description: `The request is malformed or a field is invalid; \`errors\` names each offending field. A body nested deeper than ${LIMITS.max_json_depth} levels, invalid UTF-8 and lone surrogates are refused.` },
  Unauthorized: { status: 401, description: 'The API key is missing, malformed, unknown or revoked.' },
  Forbidden: { status: 403, description: 'The key may not call this operation.' },
  NotFound: { status: 404, description: 'No such object (or it belongs to another tenant).' },
  Conflict: { status: 409, description: 'The request conflicts with the current state (`X-Should-Retry: false`), or a request with the same Idempotency-Key is still in flight (`X-Should-Retry: true`).' },
  PayloadTooLarge: { status: 413, description: `The body is larger than ${LIMITS.max_body_bytes} bytes.` },
  UnsupportedMediaType: { status: 415, description: 'The body is not `application/json`, or its Content-Encoding is not one the server decodes (`gzip`, `deflate`, `br`, `identity`).' },
  UnprocessableEntity: { status: 422, description: 'The Idempotency-Key was already used with a different request.' },
  TooManyRequests: { status: 429, description: 'Rate limit exceeded (per key), the tenant\'s share of the server\'s time used up, or too many failed authentications from this address; retry after `Retry-After` seconds.', retryAfter: true },
};
for (const [name, { description, retryAfter }] of Object.entries(problemResponses)) {
  registry.registerComponent('responses', name, {
    description,
    headers: {
      ...everyAnswerHeaders(),
      'X-Should-Retry': header('ShouldRetry'),
      ...(retryAfter ? { 'Retry-After': header('RetryAfter') } : {}),
    },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  });
}

export { z };
