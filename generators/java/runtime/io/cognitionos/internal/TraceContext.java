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
    private static final Method CURRENT = find("io.opentelemetry.api.trace.Span", "current");

    private TraceContext() {}

    static void inject(HttpRequest.Builder request) {
        if (CURRENT == null) return;
        try {
            Object context = invoke(CURRENT.invoke(null), "getSpanContext");
            if (!(Boolean) invoke(context, "isValid")) return;
            String flags = (String) invoke(invoke(context, "getTraceFlags"), "asHex");
            request.setHeader("traceparent", "00-" + invoke(context, "getTraceId") + "-" + invoke(context, "getSpanId") + "-" + flags);
            @SuppressWarnings("unchecked")
            Map<String, String> state = (Map<String, String>) invoke(invoke(context, "getTraceState"), "asMap");
            if (!state.isEmpty()) request.setHeader("tracestate", state.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            // A tracing library we cannot read must never fail the call.
        }
    }

    private static Object invoke(Object target, String name) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(name);
        method.setAccessible(true);
        return method.invoke(target);
    }

    private static Method find(String className, String name) {
        try {
            return Class.forName(className, false, TraceContext.class.getClassLoader()).getMethod(name);
        } catch (ReflectiveOperationException | LinkageError absent) {
            return null;
        }
    }
}
