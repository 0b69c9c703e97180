// Generated from generators/mcp/runtime/results.ts by generators/mcp. Do not edit: change it there.
// What a tool call answers: the API's JSON as structuredContent and as text; a list, one page with
// its cursor; an API error, a result with isError whose text says what went wrong and carries the
// request id. Messages come from the SDK's errors, which never hold the API key.
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
  if (!(error instanceof APIError)) return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const problem = error.problem ?? {};
  // A 400's detail often repeats its field errors: each line is said once.
  const lines = new Set([
    `${error.name}${error.status ? ` (HTTP ${error.status})` : ''}: ${problem.title ?? error.message}`,
    ...(problem.detail ? [problem.detail] : []),
    ...(problem.errors ?? []).map((e) => `${e.path}: ${e.message}`),
    ...(error.requestId ? [`request id: ${error.requestId}`] : []),
  ]);
  return [...lines].join('\n');
}
