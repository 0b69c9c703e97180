// RFC 9457 problems: the one error type handlers throw, and its wire form.
import type { Result } from './context.ts';

export interface FieldError {
  path: string;
  message: string;
}

const titles: Record<number, { slug: string; title: string }> = {
  400: { slug: 'invalid-request', title: 'Invalid request' },
  401: { slug: 'unauthorized', title: 'Unauthorized' },
  403: { slug: 'forbidden', title: 'Forbidden' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  408: { slug: 'request-timeout', title: 'Request timeout' },
  409: { slug: 'conflict', title: 'Conflict' },
  413: { slug: 'payload-too-large', title: 'Payload too large' },
  415: { slug: 'unsupported-media-type', title: 'Unsupported media type' },
  422: { slug: 'unprocessable-entity', title: 'Unprocessable entity' },
  429: { slug: 'rate-limited', title: 'Too many requests' },
  431: { slug: 'headers-too-large', title: 'Request header fields too large' },
  500: { slug: 'internal', title: 'Internal server error' },
  503: { slug: 'unavailable', title: 'Service unavailable' },
};

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(requestId: string) {
    const { slug, title } = titles[this.status] ?? titles[500];
    return {
      type: `https://docs.cognitionos.dev/problems/${slug}`,
      title,
      status: this.status,
      detail: this.detail,
      request_id: requestId,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/**
 * Statuses where the same request may succeed later: a timeout, a rate limit, an unavailable or failing
 * server. Every other problem is permanent (`X-Should-Retry: false`) unless it says otherwise, as the
 * 409 of an Idempotency-Key still in flight does (inFlight below).
 */
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);
const SHOULD_RETRY = 'X-Should-Retry';
/** The X-Should-Retry header an error answer of this status carries by default. */
export const shouldRetryHeader = (status: number) => ({ [SHOULD_RETRY]: String(TRANSIENT.has(status)) });

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/**
 * The one way a Problem becomes an answer, wherever it was thrown: its status, X-Should-Retry, its own
 * headers (Allow, Retry-After, WWW-Authenticate, an X-Should-Retry of its own) and its problem+json body
 * with the request's id. The responder sends it (as problem+json), an Idempotency-Key stores it to
 * replay, and requests Node refuses before Express sees them are answered from it too (client-error.ts).
 */
export const problemAnswer = (problem: Problem, requestId: string): Result => ({
  status: problem.status,
  headers: { ...shouldRetryHeader(problem.status), ...problem.headers },
  body: problem.body(requestId),
  problem: true,
});

/** A 4xx naming the one field at fault. */
export const fieldProblem = (status: number, path: string, message: string) => new Problem(status, `${path}: ${message}`, [{ path, message }]);
export const badRequest = (path: string, message: string) => fieldProblem(400, path, message);
export const notFound = (what: string) => new Problem(404, `No such ${what}.`);
export const conflict = (detail: string) => new Problem(409, detail);
/** A 409 that is not a state conflict: the same request, sent again once the first one is done, is answered. */
export const inFlight = (detail: string) => new Problem(409, detail, undefined, { [SHOULD_RETRY]: 'true' });
export const forbidden = (detail: string) => new Problem(403, detail);
