// One MCP server over a set of tools. Each call goes through the TypeScript SDK client the server
// was made with (per session over HTTP, when the session brings its own key), carrying the trace
// context of the call's `_meta`.
import type { CognitionOSClient } from '@cognitionos/sdk';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { argumentErrors, DYNAMIC_TOOLS, endpointSchema, listEndpoints } from './dynamic.js';
import { invoke } from './invoke.js';
import { failure, success } from './results.js';
import type { ToolSpec } from './tool-spec.js';
import { traceContext } from './trace-context.js';
import { VERSION } from './version.js';

export function buildServer(tools: readonly ToolSpec[], client: CognitionOSClient, mode: 'all' | 'dynamic'): Server {
  const server = new Server({ name: 'cognitionos-mcp', version: VERSION }, { capabilities: { tools: {} } });
  const byName = new Map(tools.map((t) => [t.name, t]));
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: mode === 'dynamic' ? DYNAMIC_TOOLS : tools.map(asMcpTool) }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    // `_meta.traceparent` and `_meta.tracestate`: the convention under discussion for MCP.
    const meta = request.params._meta as Record<string, unknown> | undefined;
    const trace = traceContext(meta?.traceparent, meta?.tracestate, '_meta.traceparent');
    // stderr is the server's log (stdout belongs to the protocol over stdio); hosts show it.
    if (trace.warning) process.stderr.write(`cognitionos-mcp: ${trace.warning}\n`);
    if (mode === 'dynamic') return callDynamic(byName, client, request.params.name, args, trace.headers);
    const tool = byName.get(request.params.name);
    if (!tool) return failure(new Error(`no tool named ${request.params.name}`));
    return call(client, tool, args, trace.headers);
  });
  return server;
}

function asMcpTool(tool: ToolSpec): Tool {
  return { name: tool.name, title: tool.title, description: tool.description, inputSchema: tool.inputSchema, annotations: tool.annotations };
}

async function call(client: CognitionOSClient, tool: ToolSpec, args: Record<string, unknown>, headers: Record<string, string>): Promise<CallToolResult> {
  try {
    return success(await invoke(client, tool, { ...args }, headers));
  } catch (error) {
    return failure(error);
  }
}

async function callDynamic(byName: Map<string, ToolSpec>, client: CognitionOSClient, name: string, args: Record<string, unknown>, headers: Record<string, string>): Promise<CallToolResult> {
  if (name === 'list_api_endpoints') return success(listEndpoints([...byName.values()], args.search));
  const tool = byName.get(String(args.endpoint));
  if (name !== 'get_api_endpoint_schema' && name !== 'invoke_api_endpoint') return failure(new Error(`no tool named ${name}`));
  if (!tool) return failure(new Error(`endpoint: no endpoint named ${String(args.endpoint)}; list_api_endpoints lists them`));
  if (name === 'get_api_endpoint_schema') return success(endpointSchema(tool));
  const endpointArgs = (args.args ?? {}) as Record<string, unknown>;
  const problems = argumentErrors(tool, endpointArgs);
  if (problems.length) return failure(new Error(`invalid arguments for ${tool.name}:\n${problems.join('\n')}`));
  return call(client, tool, endpointArgs, headers);
}
