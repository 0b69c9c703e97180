// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { UsageRecord, UsageRecordParams, UsageSummary, UsageSummaryParams } from '../types.js';

export class Usage extends APIResource {
  /** Record usage: `POST /usage` */
  record(params: UsageRecordParams, options?: RequestOptions): APIPromise<UsageRecord> {
    return this._client.post('/usage', { body: params, ...options });
  }

  /** Summarize usage: `GET /usage/summary` */
  summary(params: UsageSummaryParams = {}, options?: RequestOptions): APIPromise<UsageSummary> {
    return this._client.get('/usage/summary', { query: params, ...options });
  }
}
