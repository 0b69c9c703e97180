// Generated from generators/typescript/runtime/undici.ts by generators/typescript. Do not edit: change generators/typescript/runtime/undici.ts or the generator.
// '@cognitionos/sdk/undici': a transport on undici.request over a keep-alive Agent, for Node. It
// skips fetch's WHATWG stream and Response machinery, which is most of fetch's cost per call.
// undici is an optional peer dependency: only this entry point imports it.
import { Agent, errors, request, type Dispatcher } from 'undici';
import type { Transport } from './core/transport.js';

/** The options of `createUndiciTransport`: the pool's size, or a dispatcher of your own (a `ProxyAgent` for a proxy). */
export interface UndiciTransportOptions {
  /** Sockets per origin (undici's default: unlimited). */
  connections?: number;
  /** Requests in flight per socket (HTTP/1.1 pipelining; 1 = none). */
  pipelining?: number;
  /** An Agent (or any undici Dispatcher) of your own; then `connections` and `pipelining` do not apply. */
  dispatcher?: Dispatcher;
}

/** `new CognitionOSClient({ transport: createUndiciTransport({ connections: 64 }) })` */
export function createUndiciTransport(options: UndiciTransportOptions = {}): Transport {
  const dispatcher = options.dispatcher ?? new Agent({ connections: options.connections ?? null, pipelining: options.pipelining ?? 1 });
  return async ({ method, url, headers, body, signal, timeoutMs }) => {
    try {
      const response = await request(url, {
        method: method as Dispatcher.HttpMethod,
        headers,
        body,
        signal,
        dispatcher,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      // statusText is undici 7's; 6 has none.
      return { status: response.statusCode, statusText: response.statusText ?? '', headers: toHeaders(response.headers), body: await response.body.text() };
    } catch (error) {
      throw isUndiciTimeout(error) ? new DOMException((error as Error).message, 'TimeoutError') : error;
    }
  };
}

function isUndiciTimeout(error: unknown): boolean {
  return error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError || error instanceof errors.ConnectTimeoutError;
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}
