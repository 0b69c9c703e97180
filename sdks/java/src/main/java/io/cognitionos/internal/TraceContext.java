// Generated from generators/java/runtime/io/cognitionos/internal/TraceContext.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * W3C trace context (traceparent, tracestate) from the caller's active OpenTelemetry span, when
 * io.opentelemetry:opentelemetry-api is on the class path. It is read reflectively so the SDK has no
 * dependency on it: without it, or without an active valid span, nothing is sent.
 */
final class TraceContext {
    private static final String API = "io.opentelemetry.api.trace.";
    private static final Method CURRENT = find("Span", "current");
    private static final Method SPAN_CONTEXT = find("Span", "getSpanContext");
    private static final Method IS_VALID = find("SpanContext", "isValid");
    private static final Method TRACE_ID = find("SpanContext", "getTraceId");
    private static final Method SPAN_ID = find("SpanContext", "getSpanId");
    private static final Method FLAGS = find("SpanContext", "getTraceFlags");
    private static final Method STATE = find("SpanContext", "getTraceState");
    private static final Method FLAGS_HEX = find("TraceFlags", "asHex");
    private static final Method STATE_MAP = find("TraceState", "asMap");

    private TraceContext() {}

    static void inject(HttpRequest.Builder request) {
        if (STATE_MAP == null) return; // no OpenTelemetry API on the class path (or one we cannot read)
        try {
            Object context = SPAN_CONTEXT.invoke(CURRENT.invoke(null));
            if (!(Boolean) IS_VALID.invoke(context)) return;
            request.setHeader("traceparent", "00-" + TRACE_ID.invoke(context) + "-" + SPAN_ID.invoke(context) + "-" + FLAGS_HEX.invoke(FLAGS.invoke(context)));
            @SuppressWarnings("unchecked")
            Map<String, String> state = (Map<String, String>) STATE_MAP.invoke(STATE.invoke(context));
            if (!state.isEmpty()) request.setHeader("tracestate", state.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            // A tracing library we cannot read must never fail the call.
        }
    }

    /** A method of one of the API's public interfaces, so calling it needs no access to the implementation's classes. */
    private static Method find(String type, String name) {
        try {
            return Class.forName(API + type, false, TraceContext.class.getClassLoader()).getMethod(name);
        } catch (ReflectiveOperationException | LinkageError absent) {
            return null;
        }
    }
}
