// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { UsageRecord, UsageRecordParams, UsageSummary, UsageSummaryParams } from '../types.js';

/** `client.usage`: `record` (`POST /usage`), `summary` (`GET /usage/summary`). */
export class Usage extends APIResource {
  /**
   * Record usage: `POST /usage`
   *
   * `api_calls` is reserved: the server meters it and a key may not record it (403).
   */
  record(params: UsageRecordParams, options?: RequestOptions): APIPromise<UsageRecord> {
    return this._client.post('/usage', { body: params, ...options });
  }

  /**
   * Summarize usage: `GET /usage/summary`
   *
   * Sums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400. `api_calls` counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an `Idempotency-Key`.
   */
  summary(params: UsageSummaryParams = {}, options?: RequestOptions): APIPromise<UsageSummary> {
    return this._client.get('/usage/summary', { query: params, ...options });
  }
}
