// Generated from generators/typescript/runtime/core/api-promise.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/api-promise.ts or the generator.
// What every method returns: awaitable for the parsed body, and `.withResponse()` for the raw
// answer next to it (status, headers such as X-Request-Id). The request starts at once.
import type { Answer } from '../internal/request-loop.js';
import type { TransportResponse } from './transport.js';

/** A call's parsed answer together with the raw one it came from. */
export interface WithResponse<T> {
  /** The parsed body: what awaiting the call gives. */
  data: T;
  /** The raw answer: status, statusText, headers and the body text `data` was parsed from. */
  response: TransportResponse;
}

/**
 * What every method returns: await it for the parsed body, or call `.withResponse()` for the raw
 * answer too. The request has started already.
 */
// Implements Promise (not just PromiseLike) so it can be passed wherever a Promise is expected.
export class APIPromise<T> implements Promise<T> {
  readonly [Symbol.toStringTag] = 'APIPromise';
  readonly #parsed: Promise<WithResponse<T>>;

  constructor(answer: Promise<Answer>, parse: (text: string) => T) {
    this.#parsed = answer.then((response) => ({ data: parse(response.body), response }));
  }

  /** The parsed body and the raw answer (status, headers such as X-Request-Id, body text). */
  withResponse(): Promise<WithResponse<T>> {
    return this.#parsed;
  }

  /** Awaits the parsed body (what `await` does). */
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed.then(({ data }) => data).then(onfulfilled, onrejected);
  }

  /** Handles the call's failure: an `APIError` or one of its subclasses. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  /** Runs `onfinally` when the call settles, either way. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
