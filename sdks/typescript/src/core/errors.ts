// Generated from generators/typescript/runtime/core/errors.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/errors.ts or the generator.
// The error hierarchy every call can throw: its roots and the errors without an answer. The
// classes per status (`NotFoundError`, ...) are emitted from the policy's table into
// ./error-classes.ts, so callers can `catch (e) { if (e instanceof NotFoundError) ... }`; every API
// error keeps the problem body, the response headers and the request id to quote to support.

import { MIN_SECRET_CHARS, REQUEST_ID_HEADER } from '../internal/policy.js';

/**
 * The RFC 9457 body of an error answer, with the platform's `request_id` and `errors[]` (each
 * offending field). Declared here, not taken from the spec: every API this runtime serves answers
 * problems alike. Partial: a proxy in between may answer with a body that is not problem+json,
 * whose text is then kept as `detail`.
 */
export interface Problem {
  /** A URI naming the kind of problem (`about:blank` when the status says it all). */
  type?: string;
  /** A short summary of the kind of problem (`Not Found`). */
  title?: string;
  /** The HTTP status, as the server wrote it in the body. */
  status?: number;
  /** What went wrong this time, for a person to read. */
  detail?: string;
  /** The server's id of the request, to quote when asking for support. */
  request_id?: string;
  /** Each offending field of bad input: its path (`body.name`) and what is wrong with it. */
  errors?: Array<{ path: string; message: string }>;
}

/** The root of every error this SDK throws: `error instanceof CognitionOSError` catches them all. */
export class CognitionOSError extends Error {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'CognitionOSError';
}

/** A call that failed: an error answer (with `status` and `problem`), or no answer at all (the subclasses). */
export class APIError extends CognitionOSError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'APIError';
  /** HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** The problem+json body (or the raw text in `detail` when the body was not JSON). */
  readonly problem: Problem | undefined;
  /** The error answer's headers; undefined when no response arrived. */
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
}

/** No answer arrived: DNS, refused or dropped connection. */
export class APIConnectionError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(undefined, undefined, undefined, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** No answer arrived within the timeout of one attempt (and of every retry). */
export class APITimeoutError extends APIConnectionError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'APITimeoutError';
  constructor(message: string) {
    super(message);
  }
}

/** The caller's AbortSignal fired; never retried. */
export class APIUserAbortError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'APIUserAbortError';
  constructor() {
    super(undefined, undefined, undefined, 'Request was aborted.');
  }
}

/** Cuts the API key out of text an error is built from (before the error exists: its stack copies the message). */
export function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= MIN_SECRET_CHARS ? text.replaceAll(secret, '[redacted]') : text;
}

/**
 * A `createAndPoll` gave up: every read answered, but the object was still not in a final status
 * when the poll timeout passed. Not a network failure, so not an APIConnectionError: the object
 * lives on, and `lastStatus` says where it was.
 */
export class PollTimeoutError extends CognitionOSError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'PollTimeoutError';
  /** The status of the last read. */
  readonly lastStatus: string;
  /** The poll timeout that passed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, lastStatus: string, timeoutMs: number) {
    super(message);
    this.lastStatus = lastStatus;
    this.timeoutMs = timeoutMs;
  }
}
