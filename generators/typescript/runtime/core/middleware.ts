// Middleware: the caller's functions around each attempt of a call. They sit between the request
// loop and the transport, so a retried call passes through them once per attempt (with its
// CognitionOS-Retry-Count header), and each sees that attempt's answer or failure.
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/** Sends the request on: to the next middleware, and from the last one to the transport. */
export type MiddlewareNext = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * Runs around each attempt of a call (a retry passes through again): it may change the request,
 * must call `next` to send it (or answer by itself), and may read or replace the response.
 */
export type Middleware = (request: TransportRequest, next: MiddlewareNext) => Promise<TransportResponse>;

/** The transport wrapped by `middleware`, the first one given outermost. */
export function withMiddleware(transport: Transport, middleware: readonly Middleware[]): Transport {
  return middleware.reduceRight<Transport>((next, outer) => (request) => outer(request, next), transport);
}
