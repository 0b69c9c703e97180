import { createdAt, objectId, timestamp } from './common.ts';
import { defineOperation, z } from './registry.ts';

export const metricName = z.string().min(1).max(64).regex(/^[a-z][a-z0-9_.]*$/).openapi({ description: 'Metric name; `api_calls` is metered by the server itself.', example: 'tokens' });
/** A usage amount: any number from 0 to 10^12, fractions included. */
export const quantity = z.number().min(0).max(1e12).openapi({ description: 'How much was used, 0 to 10^12 (fractions allowed).' });
export const Granularity = z.enum(['hour', 'day']).openapi('Granularity', {
  description: 'The length of a summary bucket: `hour` or `day` (UTC).',
});

const metric = z.string().openapi({ description: 'Metric name.' });
const summed = z.number().openapi({ description: 'Sum of the quantities recorded.' });

export const UsageRecord = z
  .object({
    id: objectId('usage record', 'use_01jd5ee8ym0000000000000001'),
    metric,
    quantity: z.number().openapi({ description: 'How much was used.' }),
    timestamp: timestamp.openapi({ description: 'When the usage happened.' }),
    created_at: createdAt,
  })
  .openapi('UsageRecord', { description: 'One recorded amount of a metric.', example: { id: 'use_01jd5ee8ym0000000000000001', metric: 'tokens', quantity: 1200, timestamp: '2026-11-23T09:00:00.000Z', created_at: '2026-11-23T09:00:00.000Z' } });

export const UsageRecordParams = z
  .strictObject({
    metric: metricName,
    quantity,
    timestamp: z.iso.datetime({ offset: true }).optional().openapi({ description: 'When it happened; defaults to now.' }),
  })
  .openapi('UsageRecordParams', { description: 'An amount of a metric to record.', example: { metric: 'tokens', quantity: 1200 } });

export const UsageSummaryQuery = z.strictObject({
  start: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Inclusive; defaults to 7 days before `end`.' }),
  end: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Exclusive; defaults to now.' }),
  granularity: Granularity.default('day').openapi({ param: { description: 'Bucket length, `hour` or `day` (default `day`).' } }),
  metric: metricName.optional().openapi({ param: { description: 'Only this metric; all metrics when omitted.' } }),
});

export const UsageBucket = z
  .object({ metric, period_start: timestamp.openapi({ description: 'Start of the bucket (UTC, on the hour or the day).' }), quantity: summed })
  .openapi('UsageBucket', { description: "One metric's usage in one period." });
export const UsageTotal = z.object({ metric, quantity: summed }).openapi('UsageTotal', { description: "One metric's usage over the whole range." });

export const UsageSummary = z
  .object({
    start: timestamp.openapi({ description: 'Start of the range, inclusive.' }),
    end: timestamp.openapi({ description: 'End of the range, exclusive.' }),
    granularity: Granularity,
    data: z.array(UsageBucket).openapi({ description: 'Non-empty buckets, by period then metric.' }),
    totals: z.array(UsageTotal).openapi({ description: 'Sum per metric over the range.' }),
  })
  .openapi('UsageSummary', {
    description: "A tenant's usage over [start, end), per period and in total.",
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
