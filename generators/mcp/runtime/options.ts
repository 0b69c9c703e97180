// The command line of cognitionos-mcp. Parsed with node:util's parseArgs: strict, so an unknown
// flag is an error naming it, never ignored.
import { parseArgs } from 'node:util';

export interface Options {
  transport: 'stdio' | 'http';
  port: number;
  resources: string[];
  operation?: 'read' | 'write';
  tools: string[];
  list: boolean;
  allowDestructive: boolean;
  mode: 'all' | 'dynamic';
  /** Client options of the SDK under the tools; undefined keeps the SDK's defaults. */
  maxRetries?: number;
  timeoutMs?: number;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: cognitionos-mcp [options]

Serves the CognitionOS API as MCP tools (one per operation), over stdio by default.
Credentials and target: COGNITIONOS_API_KEY, COGNITIONOS_BASE_URL (default http://localhost:8100/api/v3).
COGNITIONOS_LOG=debug logs each request of the SDK on stderr.

Options:
  --transport stdio|http   stdio (default) or streamable HTTP on 127.0.0.1
  --port N                 the HTTP port (default 3333; 0 picks a free one)
  --resource GLOB          serve only tools of matching resources (repeatable): tenants*, workflows.executions
  --operation read|write   serve only reads or only writes
  --tool NAME              serve only this tool (repeatable)
  --allow-destructive      also serve delete, revoke, uninstall and cancel tools
  --tools all|dynamic      every tool (default), or three tools to discover and invoke endpoints
  --max-retries N          retries of a failed call (the SDK's default: 2)
  --timeout-ms N           milliseconds per attempt (the SDK's default: 60000)
  --list                   print the tools that would be served, then exit
  --version                print the version
  --help                   print this help
`;

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      transport: { type: 'string', default: 'stdio' },
      port: { type: 'string', default: '3333' },
      resource: { type: 'string', multiple: true, default: [] },
      operation: { type: 'string' },
      tool: { type: 'string', multiple: true, default: [] },
      'allow-destructive': { type: 'boolean', default: false },
      tools: { type: 'string', default: 'all' },
      list: { type: 'boolean', default: false },
      'max-retries': { type: 'string' },
      'timeout-ms': { type: 'string' },
      version: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const port = wholeNumber('--port', values.port, 65535);
  return {
    transport: oneOf('--transport', values.transport, ['stdio', 'http'] as const),
    port,
    resources: values.resource,
    ...(values.operation !== undefined ? { operation: oneOf('--operation', values.operation, ['read', 'write'] as const) } : {}),
    tools: values.tool,
    list: values.list,
    allowDestructive: values['allow-destructive'],
    mode: oneOf('--tools', values.tools, ['all', 'dynamic'] as const),
    ...(values['max-retries'] !== undefined ? { maxRetries: wholeNumber('--max-retries', values['max-retries'], 100) } : {}),
    ...(values['timeout-ms'] !== undefined ? { timeoutMs: wholeNumber('--timeout-ms', values['timeout-ms'], 3_600_000) } : {}),
    help: values.help,
    version: values.version,
  };
}

function wholeNumber(flag: string, value: string, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > max) throw new Error(`${flag}: expected a whole number 0..${max}, got ${value}`);
  return number;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${flag}: expected one of ${allowed.join(', ')}, got ${value}`);
  return value as T;
}
