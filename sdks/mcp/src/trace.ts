// Generated from generators/mcp/runtime/trace.ts by generators/mcp. Do not edit: change it there.
// Trace context on a tool call: `_meta.traceparent` and `_meta.tracestate` (the W3C headers' values,
// the convention under discussion for MCP) are forwarded as the `traceparent` and `tracestate`
// headers of the call's requests, so the API's spans join the host's trace.

// version 00, a 32-hex trace id and a 16-hex parent id (neither all zeros), 2-hex flags.
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

export interface TraceHeaders {
  headers: Record<string, string>;
  /** Why `_meta.traceparent` was not forwarded: the call still runs, as W3C asks of a bad traceparent. */
  warning?: string;
}

export function traceHeaders(meta: Record<string, unknown> | undefined): TraceHeaders {
  const traceparent = meta?.traceparent;
  if (traceparent === undefined) return { headers: {} };
  if (typeof traceparent !== 'string' || !TRACEPARENT.test(traceparent)) {
    return { headers: {}, warning: `_meta.traceparent ignored: expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>, got ${JSON.stringify(traceparent)}` };
  }
  const tracestate = meta?.tracestate;
  return { headers: { traceparent, ...(typeof tracestate === 'string' && tracestate ? { tracestate } : {}) } };
}
