// Generated from generators/typescript/runtime/core/errors.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/errors.ts or the generator.
// The error hierarchy every call can throw. One class per status family so callers can
// `catch (e) { if (e instanceof NotFoundError) ... }`; every API error keeps the problem body,
// the response headers and the request id to quote to support. Messages are built from the
// problem body only, never from the request, so the API key cannot leak into them.

import { formatMessage } from '../internal/message.js';
import { API_ERROR_MESSAGE, ERROR_CLASSES, FIELD_ERROR_MESSAGE, FIELD_ERROR_SEPARATOR, REQUEST_ID_HEADER, SERVER_ERROR_CLASS } from '../internal/policy.js';
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
  /**
   * The Idempotency-Key the failed call sent (every POST sends one). The call may have been written
   * even so: retry it with `{ idempotencyKey: error.idempotencyKey }` to get its first answer, not a duplicate.
   */
  idempotencyKey: string | undefined;

  constructor(status: number | undefined, problem: Problem | undefined, headers: Headers | undefined, message: string) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.headers = headers;
    this.requestId = headers?.get(REQUEST_ID_HEADER) ?? problem?.request_id ?? undefined;
  }

  /** The error class for a status, built from the answer's problem body. */
  static fromResponse(status: number, problem: Problem | undefined, headers: Headers): APIError {
    const ErrorClass = errorClassFor(status);
    return new ErrorClass(status, problem, headers, describe(status, problem, headers));
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';

  /** Input the SDK refuses before sending anything (no status): `problem.errors` names the field. */
  static invalidInput(field: string, message: string): BadRequestError {
    return new BadRequestError(undefined, { title: 'Invalid input', detail: message, errors: [{ path: field, message }] }, undefined, message);
  }
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

/** No answer arrived within the timeout of one attempt (and of every retry), or polling gave up. */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  constructor(message: string) {
    super(message);
  }
}

/** The caller's AbortSignal fired; never retried. */
export class APIUserAbortError extends APIError {
  override name = 'APIUserAbortError';
  constructor() {
    super(undefined, undefined, undefined, 'Request was aborted.');
  }
}

// The policy's status table names the classes; these are them.
const classesByName: Record<string, typeof APIError> = {
  BadRequest: BadRequestError,
  Authentication: AuthenticationError,
  PermissionDenied: PermissionDeniedError,
  NotFound: NotFoundError,
  Conflict: ConflictError,
  UnprocessableEntity: UnprocessableEntityError,
  RateLimit: RateLimitError,
  InternalServer: InternalServerError,
};

export function errorClassFor(status: number): typeof APIError {
  const name = status >= 500 ? SERVER_ERROR_CLASS : ERROR_CLASSES[status];
  return (name && classesByName[name]) || APIError;
}

// "404 Not Found: no tenant ten_x [path: message] (request req_1)": enough to act on without a debugger.
function describe(status: number, problem: Problem | undefined, headers: Headers): string {
  const fieldErrors = (problem?.errors ?? []).map((e) => formatMessage(FIELD_ERROR_MESSAGE, { path: e.path, message: e.message }));
  return formatMessage(API_ERROR_MESSAGE, {
    status,
    title: problem?.title ?? 'Error',
    detail: problem?.detail ?? undefined,
    field_errors: fieldErrors.join(FIELD_ERROR_SEPARATOR),
    request_id: headers.get(REQUEST_ID_HEADER) ?? problem?.request_id ?? undefined,
  });
}

/** Cuts the API key out of text an error is built from (before the error exists: its stack copies the message). */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.replaceAll(secret, '[redacted]') : text;
}
