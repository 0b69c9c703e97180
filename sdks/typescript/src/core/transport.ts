// Generated from generators/typescript/runtime/core/transport.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/transport.ts or the generator.
// The one seam between the client and the network: send a request, get its status, headers and
// whole body. The request loop (retries, timeouts, idempotency, errors) sits above it, so every
// transport behaves alike; a transport only moves bytes. The platform fetch is the default (browsers
// and edge runtimes keep working, the core keeps no dependency); '@cognitionos/sdk/undici' is the
// fast Node one.

/** One attempt of a call, as a transport (and a middleware) receives it. */
export interface TransportRequest {
  /** The HTTP method, upper case. */
  method: string;
  /** The whole URL: base URL, path and query. */
  url: string;
  /** Every header of the attempt, names in lower case. */
  headers: Record<string, string>;
  /** The JSON body text, or undefined when the call sends none. */
  body: string | undefined;
  /** Fires when the attempt's timeout runs out or the caller aborts: the transport must stop. */
  signal: AbortSignal;
  /** The attempt's timeout, for transports with timers of their own. */
  timeoutMs: number;
}

/** The answer, any status, its body read whole. */
export interface TransportResponse {
  /** The HTTP status. */
  status: number;
  /** The reason phrase ('' when the transport has none). */
  statusText: string;
  /** The answer's headers. */
  headers: Headers;
  /** The whole body as text. */
  body: string;
}

/**
 * Throws on no answer (refused, reset, DNS): the client makes that an APIConnectionError, or an
 * APITimeoutError when the thrown error is named 'TimeoutError' (the platform's convention).
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The fetch signature a transport needs: the platform's, undici's or a test's. */
export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string | undefined; signal: AbortSignal }) => Promise<Response>;

/** The default transport, on `fetch` (the platform's unless one is given). */
export function createFetchTransport(fetch: Fetch = (url, init) => globalThis.fetch(url, init)): Transport {
  return async ({ method, url, headers, body, signal }) => {
    const response = await fetch(url, { method, headers, body, signal });
    return { status: response.status, statusText: response.statusText, headers: response.headers, body: await response.text() };
  };
}
