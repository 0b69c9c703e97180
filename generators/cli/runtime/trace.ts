// Trace context from the environment: a process started inside a trace gets it as TRACEPARENT (and
// TRACESTATE), the OpenTelemetry convention for environment carriers. The command sends them as the
// W3C `traceparent` and `tracestate` headers, so its requests join the caller's trace.
// https://www.w3.org/TR/trace-context/ and the OpenTelemetry "environment variables as carriers" spec.

// version 00, a 32-hex trace id and a 16-hex parent id (neither all zeros), 2-hex flags.
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

export interface TraceContext {
  /** The headers to send: empty when the environment carries no usable trace context. */
  headers: Record<string, string>;
  /** Why TRACEPARENT was not used, for stderr; the command still runs (a trace never stops a call). */
  warning?: string;
}

export function traceContextFromEnv(env: NodeJS.ProcessEnv): TraceContext {
  const traceparent = env.TRACEPARENT?.trim();
  if (!traceparent) return { headers: {} };
  if (!TRACEPARENT.test(traceparent)) {
    return { headers: {}, warning: `TRACEPARENT ignored: expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>, got ${JSON.stringify(traceparent)}` };
  }
  // tracestate belongs to its traceparent: without a valid one it is not sent either.
  const tracestate = env.TRACESTATE?.trim();
  return { headers: { traceparent, ...(tracestate ? { tracestate } : {}) } };
}
