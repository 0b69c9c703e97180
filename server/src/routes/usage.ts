import { usageRecord, usageSummary } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { badRequest, forbidden } from '../http/problem.ts';

const WEEK_MS = 7 * 86_400_000;

export const usage = [
  handler(usageRecord, ({ store, tenantId, body }) => {
    if (body.metric === 'api_calls') throw forbidden('api_calls is metered by the server and cannot be recorded.');
    return store.usage.record(tenantId, body);
  }),
  handler(usageSummary, ({ store, tenantId, query }) => {
    const end = query.end ? new Date(query.end) : new Date();
    const start = query.start ? new Date(query.start) : new Date(end.getTime() - WEEK_MS);
    if (start > end) throw badRequest('query.start', 'must not be after end');
    return store.usage.summary(tenantId, { start: start.toISOString(), end: end.toISOString(), granularity: query.granularity, metric: query.metric });
  }),
];
