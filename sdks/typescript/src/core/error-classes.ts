// Generated from generators/policy/policy.json by generators/typescript. Do not edit: change generators/policy/policy.json or the generator.
import { APIError } from './errors.js';

/** The API answered 400. */
export class BadRequestError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'BadRequestError';
}

/** The API answered 401. */
export class AuthenticationError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'AuthenticationError';
}

/** The API answered 403. */
export class PermissionDeniedError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'PermissionDeniedError';
}

/** The API answered 404. */
export class NotFoundError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'NotFoundError';
}

/** The API answered 409. */
export class ConflictError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'ConflictError';
}

/** The API answered 422. */
export class UnprocessableEntityError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'UnprocessableEntityError';
}

/** The API answered 429. */
export class RateLimitError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'RateLimitError';
}

/** The API answered 5xx. */
export class InternalServerError extends APIError {
  /** The class's name, so logs and `error.name` checks tell the errors apart. */
  override name = 'InternalServerError';
}

const BY_STATUS: Readonly<Record<number, typeof APIError>> = { 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError, 422: UnprocessableEntityError, 429: RateLimitError };

/** The error class of an answer's status, per the policy's table. */
export function errorClassFor(status: number): typeof APIError {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
}
