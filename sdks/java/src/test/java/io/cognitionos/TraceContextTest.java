// Generated from generators/java/tests/io/cognitionos/TraceContextTest.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

/** W3C trace context from the caller's active OpenTelemetry span (the API is a test dependency only). */
class TraceContextTest extends StubTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void anActiveSpanIsSentAsTraceparentAndTracestate() {
        stub.then(StubServer.json(200, ClientTest.TENANT));
        Span span = Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.builder().put("vendor", "v1").build()));
        Scope scope = span.makeCurrent();
        try {
            stub.client().build().tenants().retrieve("ten_1");
        } finally {
            scope.close();
        }
        assertEquals("00-" + TRACE_ID + "-" + SPAN_ID + "-01", stub.seen.get(0).headers.getFirst("traceparent"));
        assertEquals("vendor=v1", stub.seen.get(0).headers.getFirst("tracestate"));
    }

    @Test
    void withoutAnActiveSpanNothingIsSent() {
        stub.then(StubServer.json(200, ClientTest.TENANT));
        stub.client().build().tenants().retrieve("ten_1");
        assertNull(stub.seen.get(0).headers.getFirst("traceparent"));
    }
}
