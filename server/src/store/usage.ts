import type { z } from 'zod';
import type { Granularity, UsageBucket, UsageRecord, UsageRecordParams, UsageSummary, UsageSummaryQuery } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { now, type Db } from './db.ts';

type Bucket = z.output<typeof UsageBucket>;
/** The table's row: the spec's UsageRecord and its tenant. */
type UsageRecordRow = z.output<typeof UsageRecord> & { tenant_id: string };

const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;

export function usageStore(db: Db) {
  const insert = db.prepare('INSERT INTO usage_records VALUES (@id, @tenant_id, @metric, @quantity, @timestamp, @created_at)');
  const addCalls = db.prepare('INSERT INTO api_call_counts VALUES (?, ?, ?) ON CONFLICT (tenant_id, hour) DO UPDATE SET quantity = quantity + excluded.quantity');
  // api_calls are counted in memory and written in one transaction per flush (the app flushes every
  // second, and before any summary is read): metering costs a map increment per request, not a disk write.
  let pendingCalls = new Map<string, number>();
  const writeCalls = db.transaction((counts: Map<string, number>) => {
    const hour = hourOf(now());
    for (const [tenantId, count] of counts) addCalls.run(tenantId, hour, count);
  });
  // Counts a failed write did not store (an unavailable store) go back to pending, for the next flush.
  const flushCalls = () => {
    if (pendingCalls.size === 0) return;
    const counts = pendingCalls;
    pendingCalls = new Map();
    try {
      writeCalls(counts);
    } catch (error) {
      for (const [tenantId, count] of counts) pendingCalls.set(tenantId, (pendingCalls.get(tenantId) ?? 0) + count);
      throw error;
    }
  };
  // Both sources are bucketed alike: records by their timestamp, api_calls by their hour.
  const events = `SELECT metric, quantity, timestamp AS at FROM usage_records WHERE tenant_id = @tenant_id AND timestamp >= @start AND timestamp < @end
    UNION ALL SELECT 'api_calls', quantity, hour AS at FROM api_call_counts WHERE tenant_id = @tenant_id AND hour >= @start AND hour < @end`;
  const summaryBy = (bucket: string) =>
    db.prepare<Record<string, unknown>, Bucket>(
      `SELECT metric, ${bucket} AS period_start, SUM(quantity) AS quantity FROM (${events})
       WHERE @metric IS NULL OR metric = @metric GROUP BY period_start, metric ORDER BY period_start, metric`,
    );
  // ISO-8601 UTC strings sort like the times they name, so ranges and buckets are plain string operations.
  const summaries = {
    hour: summaryBy("substr(at, 1, 13) || ':00:00.000Z'"),
    day: summaryBy("substr(at, 1, 10) || 'T00:00:00.000Z'"),
  } satisfies Record<z.output<typeof Granularity>, unknown>;

  return {
    record(tenantId: string, input: z.output<typeof UsageRecordParams>): z.output<typeof UsageRecord> {
      const at = now();
      const row: UsageRecordRow = { id: newId('use'), tenant_id: tenantId, metric: input.metric, quantity: input.quantity, timestamp: input.timestamp ? new Date(input.timestamp).toISOString() : at, created_at: at };
      insert.run(row);
      const { tenant_id: _tenant, ...record } = row;
      return record;
    },
    countCall: (tenantId: string) => void pendingCalls.set(tenantId, (pendingCalls.get(tenantId) ?? 0) + 1),
    flushCalls,
    summary(tenantId: string, range: Pick<z.output<typeof UsageSummary>, 'start' | 'end' | 'granularity'> & Pick<z.output<typeof UsageSummaryQuery>, 'metric'>): z.output<typeof UsageSummary> {
      flushCalls();
      const data = summaries[range.granularity].all({ tenant_id: tenantId, start: range.start, end: range.end, metric: range.metric ?? null });
      const totals = new Map<string, number>();
      for (const bucket of data) totals.set(bucket.metric, (totals.get(bucket.metric) ?? 0) + bucket.quantity);
      return { ...range, data, totals: [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([metric, quantity]) => ({ metric, quantity })) };
    },
  };
}
