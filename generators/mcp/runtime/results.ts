// What a tool call answers: the API's JSON as structuredContent and as text; a list, one page with
// its cursor; an API error, a result with isError whose text is the SDK's message (the call, status,
// title, detail), each offending field and the request id. Messages come from the SDK's errors,
// which never hold the API key.
import { APIError } from '@cognitionos/sdk';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export function success(value: unknown): CallToolResult {
  const structured = asObject(value);
  return { structuredContent: structured, content: [{ type: 'text', text: JSON.stringify(structured, null, 2) }] };
}

// structuredContent must be an object: a page keeps its envelope, an empty answer says so.
function asObject(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null || value === '') return { ok: true };
  if (Array.isArray(value)) return { data: value };
  if (typeof value !== 'object') return { value };
  return JSON.parse(JSON.stringify(value));
}

export function failure(error: unknown): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: describeError(error) }] };
}

export function describeError(error: unknown): string {
  const head = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (!(error instanceof APIError)) return head;
  // The first line is the SDK's message, the same in every SDK: the call (method and path
  // template), status, title, detail and request id. Each offending field then gets a line.
  const lines = new Set([
    head,
    ...(error.problem?.errors ?? []).map((e) => `${e.path}: ${e.message}`),
    ...(error.requestId ? [`request id: ${error.requestId}`] : []),
    // A write that failed may still have happened: the same key makes its retry safe.
    ...(error.idempotencyKey ? [`idempotency key: ${error.idempotencyKey} (pass it as idempotency_key to retry safely)`] : []),
  ]);
  return [...lines].join('\n');
}
