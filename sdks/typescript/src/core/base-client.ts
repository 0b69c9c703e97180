// Generated from generators/typescript/runtime/core/base-client.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/base-client.ts or the generator.
// The client every generated resource calls into: options and their env fallbacks, one request
// path (headers, idempotency, trace context, query, body) and the list helper that builds pages.
import { APIPromise } from './api-promise.js';
import { Page, PagePromise, type PageBody } from './pagination.js';
import { mergeHeaders, userAgent, type HeadersInit } from '../internal/headers.js';
import { checkIdempotencyKey, newIdempotencyKey } from '../internal/idempotency.js';
import { readEnv } from '../internal/env.js';
import { leveledLogger, type Logger } from '../internal/log.js';
import type { Route } from '../internal/path.js';
import { API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, IDEMPOTENCY_HEADER, IDEMPOTENCY_METHODS, LOG_ENV, MAX_RETRIES, TIMEOUT_MS } from '../internal/policy.js';
import { sendWithRetries } from '../internal/request-loop.js';
import { hideSecrets } from '../internal/secrets.js';
import { traceHeaders } from '../internal/trace.js';
import { withMiddleware, type Middleware } from './middleware.js';
import { createFetchTransport, type Transport } from './transport.js';

export type { HeadersInit, Logger, Route };
export { DEFAULT_BASE_URL };

/** The options of the client's constructor; every one has a default. */
export interface ClientOptions {
  /** Defaults to the COGNITIONOS_API_KEY environment variable. */
  apiKey?: string | null;
  /** Includes the `/api/v3` prefix. Defaults to COGNITIONOS_BASE_URL, then http://localhost:8100/api/v3. */
  baseURL?: string | null;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Milliseconds per attempt (default 60 000). */
  timeout?: number;
  /**
   * How requests travel: the platform's fetch by default (`createFetchTransport(fetch)` for a fetch
   * of your own); `createUndiciTransport()` from '@cognitionos/sdk/undici' in Node, whose
   * `dispatcher` option takes an undici `ProxyAgent` for a proxy.
   */
  transport?: Transport;
  /** Sent on every request; a per-request `null` removes one. */
  defaultHeaders?: HeadersInit;
  /** Functions around each attempt of every call (retries included), the first one outermost. */
  middleware?: readonly Middleware[];
  /**
   * Receives one debug record per attempt (method, path, status, request id, attempt, elapsed ms)
   * and one info record per retry; never a header or body. COGNITIONOS_LOG (debug, info, warn,
   * error, off) sets the level: unset, a given logger gets every record and `console` none.
   */
  logger?: Logger;
}

/** Per-call settings, the last argument of every method; each overrides the client's. */
export interface RequestOptions {
  /** Retries after the first attempt, for this call. */
  maxRetries?: number;
  /** Milliseconds per attempt, for this call. */
  timeout?: number;
  /** Headers for this call, over the client's `defaultHeaders`; `null` removes one. */
  headers?: HeadersInit;
  /** Aborts the call (and its retries): it then fails with APIUserAbortError. */
  signal?: AbortSignal | null;
  /** Replaces the generated Idempotency-Key (POST), or makes another method retryable. */
  idempotencyKey?: string;
}

type Query = Record<string, string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>>;

/** What a resource method hands to the client: the request options with the call's query and body. */
export interface CallOptions extends RequestOptions {
  /** Query parameters; undefined and null values are left out, arrays repeat the name. */
  query?: object;
  /** The JSON body; undefined sends none. */
  body?: unknown;
  /** Fields of the answer that are secrets: util.inspect shows them redacted. */
  secrets?: readonly string[];
}


/** The client's options and its one way of sending a call; the generated client adds the resources. */
export class BaseClient {
  /** The API's root, `/api/v3` included, without a trailing slash. */
  readonly baseURL: string;
  /** Retries after the first attempt, unless a call says otherwise. */
  readonly maxRetries: number;
  /** Milliseconds per attempt, unless a call says otherwise. */
  readonly timeout: number;
  // Private fields: the key stays out of console.log(client), JSON and error objects.
  readonly #apiKey: string | undefined;
  readonly #transport: Transport;
  readonly #defaultHeaders: HeadersInit | undefined;
  readonly #logger: Logger;
  // Built once: the runtime does not change under a client.
  readonly #userAgent = userAgent();

  constructor(options: ClientOptions = {}) {
    this.#apiKey = options.apiKey ?? readEnv(API_KEY_ENV);
    this.baseURL = (options.baseURL ?? readEnv(BASE_URL_ENV) ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.maxRetries = options.maxRetries ?? MAX_RETRIES;
    this.timeout = options.timeout ?? TIMEOUT_MS;
    this.#transport = withMiddleware(options.transport ?? createFetchTransport(), options.middleware ?? []);
    this.#defaultHeaders = options.defaultHeaders;
    this.#logger = leveledLogger(options.logger, readEnv(LOG_ENV));
  }

  /** A GET of `path`, answering the parsed body. */
  get<T>(path: string | Route, options?: CallOptions): APIPromise<T> {
    return this.request('GET', path, options);
  }

  /** A POST of `path` (with an Idempotency-Key unless the caller gives one). */
  post<T>(path: string | Route, options?: CallOptions): APIPromise<T> {
    return this.request('POST', path, options);
  }

  /** A PUT of `path`. */
  put<T>(path: string | Route, options?: CallOptions): APIPromise<T> {
    return this.request('PUT', path, options);
  }

  /** A PATCH of `path`. */
  patch<T>(path: string | Route, options?: CallOptions): APIPromise<T> {
    return this.request('PATCH', path, options);
  }

  /** A DELETE of `path`. */
  delete<T>(path: string | Route, options?: CallOptions): APIPromise<T> {
    return this.request('DELETE', path, options);
  }

  /** A GET of a cursor-paginated list: one page when awaited, every item with `for await`. */
  getAPIList<Item>(path: string | Route, options: CallOptions = {}): PagePromise<Item> {
    const fetchPage = (cursor: string | undefined): PagePromise<Item> => {
      const query = cursor === undefined ? options.query : { ...options.query, cursor };
      const answer = this.#send('GET', path, { ...options, query });
      return new PagePromise(answer, (body) => new Page(JSON.parse(body) as PageBody<Item>, fetchPage));
    };
    return fetchPage(undefined);
  }

  /** Any call: `client.request('GET', '/health')`, for an operation this SDK does not have yet. */
  request<T>(method: string, path: string | Route, options: CallOptions = {}): APIPromise<T> {
    const secrets = options.secrets ?? [];
    return new APIPromise(this.#send(method, path, options), (text) => hideSecrets(parseBody<T>(text), secrets));
  }

  // Async so that input refused before sending (a '..' id, a CR in a key) rejects the call's promise.
  async #send(method: string, path: string | Route, options: CallOptions) {
    const hasBody = options.body !== undefined;
    const route = typeof path === 'string' ? { template: path, build: () => path } : path;
    return sendWithRetries({
      method,
      path: route.template,
      url: this.#url(route.build(), options.query as Query | undefined),
      headers: this.#headers(method, hasBody, options, await traceHeaders()),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      maxRetries: options.maxRetries ?? this.maxRetries,
      timeoutMs: options.timeout ?? this.timeout,
      signal: options.signal,
      transport: this.#transport,
      secret: this.#apiKey,
      logger: this.#logger,
    });
  }

  #url(path: string, query: Query | undefined): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
    }
    const queryString = search.toString();
    return `${this.baseURL}${path}${queryString ? `?${queryString}` : ''}`;
  }

  // Idempotency-Key is fixed here, once per call, so every retry of the call carries the same one.
  // A caller's own traceparent header wins over the active span's.
  #headers(method: string, hasBody: boolean, options: RequestOptions, trace: Record<string, string>): Headers {
    return mergeHeaders(
      {
        Accept: 'application/json',
        'Content-Type': hasBody ? 'application/json' : undefined,
        'User-Agent': this.#userAgent,
        Authorization: this.#apiKey ? `Bearer ${this.#apiKey}` : undefined,
      },
      trace,
      this.#defaultHeaders,
      options.headers,
      { [IDEMPOTENCY_HEADER]: this.#idempotencyKey(method, options) },
    );
  }

  // The caller's key wins, whether given as the option or as a header in any letter case.
  #idempotencyKey(method: string, options: RequestOptions): string | undefined {
    // Merged only when there are headers to look in: most calls have none, and this runs on every call.
    const hasHeaders = this.#defaultHeaders !== undefined || options.headers !== undefined;
    const asHeader = hasHeaders ? (mergeHeaders(this.#defaultHeaders, options.headers).get(IDEMPOTENCY_HEADER) ?? undefined) : undefined;
    const given = options.idempotencyKey ?? asHeader;
    if (given !== undefined) return checkIdempotencyKey(given);
    return (IDEMPOTENCY_METHODS as readonly string[]).includes(method) ? newIdempotencyKey() : undefined;
  }
}

// 204 and other empty answers parse to undefined.
function parseBody<T>(text: string): T {
  return (text ? JSON.parse(text) : undefined) as T;
}
