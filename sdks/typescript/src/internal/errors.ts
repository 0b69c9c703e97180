// Generated from generators/typescript/runtime/internal/errors.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/errors.ts or the generator.
// Builds the errors the client throws: the class of an answer's status (the policy's table, emitted
// into core/error-classes.ts) with a message made from the problem body, and the BadRequestError of
// input the SDK refuses before sending. Messages are built from the problem body only, never from
// the request, so the API key cannot leak into them.

import { BadRequestError, errorClassFor } from '../core/error-classes.js';
import type { APIError, Problem } from '../core/errors.js';
import { formatMessage } from './message.js';
import { API_ERROR_MESSAGE, FIELD_ERROR_MESSAGE, FIELD_ERROR_SEPARATOR, REQUEST_ID_HEADER } from './policy.js';

/** The call an error names: its method and the spec's path template (`/tenants/{tenant_id}`). */
export interface CallName {
  method: string;
  path: string;
}

/** The error class for a status, built from the answer's problem body. */
export function errorFromResponse(status: number, problem: Problem | undefined, headers: Headers, call: CallName): APIError {
  const ErrorClass = errorClassFor(status);
  return new ErrorClass(status, problem, headers, describe(status, problem, headers, call));
}

/** Input the SDK refuses before sending anything (no status): `problem.errors` names the field. */
export function invalidInput(field: string, message: string): BadRequestError {
  return new BadRequestError(undefined, { title: 'Invalid input', detail: message, errors: [{ path: field, message }] }, undefined, message);
}

// "GET /tenants/{tenant_id}: 404 Not Found: no tenant ten_x (request req_1)": enough to act on
// without a debugger. The field errors are listed unless the detail already is that list (the
// server's 400 detail is its field errors joined), so each is said once.
function describe(status: number, problem: Problem | undefined, headers: Headers, call: CallName): string {
  const detail = problem?.detail ?? undefined;
  const fieldErrors = (problem?.errors ?? []).map((e) => formatMessage(FIELD_ERROR_MESSAGE, { path: e.path, message: e.message })).join(FIELD_ERROR_SEPARATOR);
  return formatMessage(API_ERROR_MESSAGE, {
    method: call.method,
    path: call.path,
    status,
    title: problem?.title ?? 'Error',
    detail,
    field_errors: fieldErrors === detail ? undefined : fieldErrors,
    request_id: headers.get(REQUEST_ID_HEADER) ?? problem?.request_id ?? undefined,
  });
}
