// Generated from generators/typescript/runtime/core/api-promise.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/api-promise.ts or the generator.
// What every method returns: awaitable for the parsed body, and `.withResponse()` for the raw
// Response next to it (status, headers such as X-Request-Id). The request starts at once.
import type { Answer } from '../internal/request-loop.js';

export interface WithResponse<T> {
  data: T;
  /** The raw Response; its body has already been read into `data`. */
  response: Response;
}

// Implements Promise (not just PromiseLike) so it can be passed wherever a Promise is expected.
export class APIPromise<T> implements Promise<T> {
  readonly [Symbol.toStringTag] = 'APIPromise';
  readonly #parsed: Promise<WithResponse<T>>;

  constructor(answer: Promise<Answer>, parse: (text: string) => T) {
    this.#parsed = answer.then(({ response, text }) => ({ data: parse(text), response }));
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#parsed;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed.then(({ data }) => data).then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
