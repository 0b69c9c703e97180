// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { Health } from '../types.js';

/** `client.health`: `check` (`GET /health`). */
export class HealthResource extends APIResource {
  /**
   * Check the server: `GET /health`
   *
   * Liveness and store check; needs no key. Answers 503, with the same body, when the store does not answer.
   */
  check(options?: RequestOptions): APIPromise<Health> {
    return this._client.get('/health', { ...options });
  }
}
