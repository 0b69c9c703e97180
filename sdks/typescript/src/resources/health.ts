// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { Health } from '../types.js';

export class HealthResource extends APIResource {
  /** Check the server: `GET /health` */
  check(options?: RequestOptions): APIPromise<Health> {
    return this._client.get('/health', { ...options });
  }
}
