// `--tools dynamic`: three tools instead of one per operation, for clients that cope badly with
// many tools. An agent lists endpoints, reads one's schema, then invokes it; the arguments are
// validated against that schema before any request.
import { Ajv } from 'ajv';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolSpec } from './tool-spec.js';

export const DYNAMIC_TOOLS: Tool[] = [
  {
    name: 'list_api_endpoints',
    title: 'List API endpoints',
    description: 'Lists the endpoints this server can invoke: name, title, HTTP call. Optionally filtered by a search text.',
    inputSchema: { type: 'object', properties: { search: { type: 'string', description: 'Words to look for in names, titles and paths.' } }, additionalProperties: false },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'get_api_endpoint_schema',
    title: 'Get an endpoint schema',
    description: 'The description and input schema of one endpoint, by the name list_api_endpoints gives.',
    inputSchema: { type: 'object', properties: { endpoint: { type: 'string' } }, required: ['endpoint'], additionalProperties: false },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'invoke_api_endpoint',
    title: 'Invoke an endpoint',
    description: 'Calls one endpoint with arguments that match its input schema (see get_api_endpoint_schema).',
    inputSchema: { type: 'object', properties: { endpoint: { type: 'string' }, args: { type: 'object' } }, required: ['endpoint'], additionalProperties: false },
    annotations: { readOnlyHint: false, destructiveHint: true, openWorldHint: false },
  },
];

export function listEndpoints(tools: readonly ToolSpec[], search: unknown): object {
  const words = typeof search === 'string' ? search.toLowerCase().split(/\s+/).filter(Boolean) : [];
  const matches = tools.filter((t) => words.every((w) => `${t.name} ${t.title} ${t.http}`.toLowerCase().includes(w)));
  return { endpoints: matches.map((t) => ({ name: t.name, title: t.title, http: t.http, operation: t.operation, destructive: t.annotations.destructiveHint })) };
}

export function endpointSchema(tool: ToolSpec): object {
  return { name: tool.name, description: tool.description, annotations: tool.annotations, inputSchema: tool.inputSchema };
}

const ajv = new Ajv({ allErrors: true, strict: false });

/** Problems with `args` for `tool`, one line each, naming the field; empty when they are valid. */
export function argumentErrors(tool: ToolSpec, args: unknown): string[] {
  const validate = ajv.compile(tool.inputSchema);
  if (validate(args)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : (e.params as { missingProperty?: string }).missingProperty ?? 'args'}: ${e.message}`);
}
