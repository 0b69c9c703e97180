// Trace context: with @opentelemetry/api present, a context manager and the W3C propagator
// registered (what the OpenTelemetry SDK sets up) and a span active, every attempt carries the
// span's traceparent; with no span active, none.
import type { SpanContext } from '@opentelemetry/api';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { inSpan, useTraceContext } from '../trace-context.js';
import { BASE_URL, json, newClient, seen, server, tenant } from './mock-server.js';

const span: SpanContext = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 };

useTraceContext();

describe('trace context', () => {
  it('sends the active span as traceparent', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    const client = newClient();
    await inSpan(span, () => client.tenants.retrieve('ten_1'));
    expect(seen[0]!.headers.get('traceparent')).toBe(`00-${span.traceId}-${span.spanId}-01`);
  });

  it('sends none without an active span', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    await newClient().tenants.retrieve('ten_1');
    expect(seen[0]!.headers.has('traceparent')).toBe(false);
  });

  it('lets a caller\'s own traceparent header win', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    const own = '00-11111111111111111111111111111111-2222222222222222-01';
    await inSpan(span, () => newClient().tenants.retrieve('ten_1', { headers: { traceparent: own } }));
    expect(seen[0]!.headers.get('traceparent')).toBe(own);
  });
});
