// What an app's OpenTelemetry SDK sets up, for the trace tests (unit and contract): a context
// manager that follows async calls and the W3C propagator, registered for one test file.
import { context, propagation, trace, type SpanContext } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { afterAll, beforeAll } from 'vitest';

export function useTraceContext(): void {
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  });
  afterAll(() => {
    context.disable();
    propagation.disable();
  });
}

/** Runs `call` with `span` as the active span. */
export function inSpan<T>(span: SpanContext, call: () => T): T {
  return context.with(trace.setSpanContext(context.active(), span), call);
}
