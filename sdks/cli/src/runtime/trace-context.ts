// Generated from generators/cli/runtime/trace-context.ts by generators/cli. Do not edit: change generators/cli/runtime/trace-context.ts or the generator.
// W3C trace context handed on by a caller (https://www.w3.org/TR/trace-context/): a traceparent is
// checked before it is sent as a header, and a malformed one is left out with a warning, never
// failing the call (a receiver ignores a bad traceparent, as W3C asks). The CLI reads it from the
// environment, the MCP server from a tool call's `_meta` (generators/mcp copies this file).

// version 00, a 32-hex trace id and a 16-hex parent id (neither all zeros), 2-hex flags.
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

export interface TraceContext {
  /** `traceparent` and `tracestate` to send: empty when no usable trace context was given. */
  headers: Record<string, string>;
  /** Why the traceparent was left out. */
  warning?: string;
}

/** `source` names where the traceparent came from (`TRACEPARENT`, `_meta.traceparent`), for the warning. */
export function traceContext(traceparent: unknown, tracestate: unknown, source: string): TraceContext {
  if (traceparent === undefined || traceparent === '') return { headers: {} };
  const parent = typeof traceparent === 'string' ? traceparent.trim() : '';
  if (!TRACEPARENT.test(parent)) {
    return { headers: {}, warning: `${source} ignored: expected 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>, got ${JSON.stringify(traceparent)}` };
  }
  // tracestate belongs to its traceparent: it is sent only beside a valid one.
  const state = typeof tracestate === 'string' ? tracestate.trim() : '';
  return { headers: { traceparent: parent, ...(state ? { tracestate: state } : {}) } };
}
