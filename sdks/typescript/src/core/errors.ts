// The error hierarchy every call can throw. One class per status family so callers can
// `catch (e) { if (e instanceof NotFoundError) ... }`; every API error keeps the problem body,
// the response headers and the request id to quote to support. Messages are built from the
// problem body only, never from the request, so the API key cannot leak into them.

import type { ProblemDetails } from '../types.js';

/**
 * The RFC 9457 body of an error answer. Partial: a proxy in between may answer with a body that
 * is not problem+json, whose text is then kept as `detail`.
 */
export type Problem = Partial<ProblemDetails>;

export class CognitionOSError extends Error {
  override name = 'CognitionOSError';
}

export class APIError extends CognitionOSError {
  override name = 'APIError';
  /** HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** The problem+json body (or the raw text in `detail` when the body was not JSON). */
  readonly problem: Problem | undefined;
  readonly headers: Headers | undefined;
  /** The server's X-Request-Id, to quote when asking for support. */
  readonly requestId: string | undefined;

  constructor(status: number | undefined, problem: Problem | undefined, headers: Headers | undefined, message: string) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.headers = headers;
    this.requestId = headers?.get('x-request-id') ?? problem?.request_id ?? undefined;
  }

  /** The error class for a status, built from the answer's problem body. */
  static fromResponse(status: number, problem: Problem | undefined, headers: Headers): APIError {
    const ErrorClass = errorClassFor(status);
    return new ErrorClass(status, problem, headers, describe(status, problem, headers));
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** No answer arrived: DNS, refused or dropped connection. */
export class APIConnectionError extends APIError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(undefined, undefined, undefined, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** No answer arrived within the timeout of one attempt (and of every retry). */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms.`);
  }
}

/** The caller's AbortSignal fired; never retried. */
export class APIUserAbortError extends APIError {
  override name = 'APIUserAbortError';
  constructor() {
    super(undefined, undefined, undefined, 'Request was aborted.');
  }
}

const errorClasses: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function errorClassFor(status: number): typeof APIError {
  if (status >= 500) return InternalServerError;
  return errorClasses[status] ?? APIError;
}

// "404 Not Found: no tenant ten_x [path: message] (request req_1)": enough to act on without a debugger.
function describe(status: number, problem: Problem | undefined, headers: Headers): string {
  const title = problem?.title ?? 'Error';
  const detail = problem?.detail ? `: ${problem.detail}` : '';
  const fields = problem?.errors?.length ? ` [${problem.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}]` : '';
  const requestId = headers.get('x-request-id') ?? problem?.request_id;
  return `${status} ${title}${detail}${fields}${requestId ? ` (request ${requestId})` : ''}`;
}

/** Cuts the API key out of text an error is built from (before the error exists: its stack copies the message). */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.replaceAll(secret, '[redacted]') : text;
}
