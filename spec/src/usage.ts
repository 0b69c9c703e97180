import { timestamp } from './common.ts';
import { defineOperation, z } from './registry.ts';

export const metricName = z.string().min(1).max(64).regex(/^[a-z][a-z0-9_.]*$/).openapi({ description: 'Metric name; `api_calls` is metered by the server itself.', example: 'tokens' });
export const Granularity = z.enum(['hour', 'day']).openapi('Granularity');

export const UsageRecord = z
  .object({
    id: z.string().openapi({ example: 'use_01jd5ee8ym0000000000000001' }),
    metric: z.string(),
    quantity: z.number(),
    timestamp,
    created_at: timestamp,
  })
  .openapi('UsageRecord', { example: { id: 'use_01jd5ee8ym0000000000000001', metric: 'tokens', quantity: 1200, timestamp: '2026-11-23T09:00:00.000Z', created_at: '2026-11-23T09:00:00.000Z' } });

export const UsageRecordParams = z
  .strictObject({
    metric: metricName,
    quantity: z.number().min(0).max(1e12),
    timestamp: z.iso.datetime({ offset: true }).optional().openapi({ description: 'When it happened; defaults to now.' }),
  })
  .openapi('UsageRecordParams', { example: { metric: 'tokens', quantity: 1200 } });

export const UsageSummaryQuery = z.strictObject({
  start: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Inclusive; defaults to 7 days before `end`.' }),
  end: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Exclusive; defaults to now.' }),
  granularity: Granularity.default('day'),
  metric: metricName.optional(),
});

export const UsageBucket = z
  .object({ metric: z.string(), period_start: timestamp, quantity: z.number() })
  .openapi('UsageBucket');
export const UsageTotal = z.object({ metric: z.string(), quantity: z.number() }).openapi('UsageTotal');

export const UsageSummary = z
  .object({
    start: timestamp,
    end: timestamp,
    granularity: Granularity,
    data: z.array(UsageBucket).openapi({ description: 'Non-empty buckets, by period then metric.' }),
    totals: z.array(UsageTotal).openapi({ description: 'Sum per metric over the range.' }),
  })
  .openapi('UsageSummary', {
    example: {
      start: '2026-11-16T09:00:00.000Z', end: '2026-11-23T09:00:00.000Z', granularity: 'day',
      data: [{ metric: 'api_calls', period_start: '2026-11-23T00:00:00.000Z', quantity: 42 }],
      totals: [{ metric: 'api_calls', quantity: 42 }],
    },
  });

export const usageRecord = defineOperation({
  resource: 'usage', method: 'record', tag: 'usage', http: 'post', path: '/usage', access: 'tenant',
  summary: 'Record usage', description: '`api_calls` is reserved: the server meters it and a key may not record it (403).',
  body: UsageRecordParams, status: 201, response: UsageRecord, responseDescription: 'The recorded usage.',
});
export const usageSummary = defineOperation({
  resource: 'usage', method: 'summary', tag: 'usage', http: 'get', path: '/usage/summary', access: 'tenant',
  summary: 'Summarize usage', description: 'Sums per metric and period over [start, end); includes `api_calls`, metered by the server. An empty range gives empty data; `start` after `end` is a 400. `api_calls` counts each call made with a tenant key that was valid and authorized for its operation, whatever its answer after that (2xx, or 404/409/422 found by the operation); refused calls are not counted (400 for an invalid request, 401, 403, 413, 429), nor are answers replayed for an `Idempotency-Key`.',
  query: UsageSummaryQuery, status: 200, response: UsageSummary, responseDescription: 'The summary.',
});
