// The chaos run's MCP column: the same traffic as tool calls through cognitionos-mcp (its bin, over
// stdio, as an MCP client starts it), with the server's retries and timeout set by its flags. An
// error result's first line names the SDK error class and the HTTP status.
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { env, loop, type Outcome } from './report.ts';

const bin = fileURLToPath(new URL('../../../sdks/mcp/bin/cognitionos-mcp.js', import.meta.url));
const client = new Client({ name: 'chaos', version: '1.0.0' });
await client.connect(
  new StdioClientTransport({
    command: process.execPath,
    args: [bin, '--max-retries', env('CHAOS_MAX_RETRIES'), '--timeout-ms', env('CHAOS_TIMEOUT_MS')],
    env: { PATH: env('PATH'), COGNITIONOS_API_KEY: env('COGNITIONOS_API_KEY'), COGNITIONOS_BASE_URL: env('COGNITIONOS_BASE_URL') },
    stderr: 'ignore',
  }),
);

async function tool(name: string, args: Record<string, unknown>, check: (value: Record<string, unknown>) => Omit<Outcome, 'ok'>): Promise<Outcome> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (!result.isError) return { ok: true, ...check(result.structuredContent ?? {}) };
  const first = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n').split('\n')[0] ?? '';
  const [, error = 'Error', status] = /^(\w+)(?: \(HTTP (\d+)\))?/.exec(first) ?? [];
  return { ok: false, error, status: status ? Number(status) : null, timeout: error === 'APITimeoutError' };
}

await loop({
  create: (content) => tool('memories_create', { scope: 'private', content }, (memory) => ({ id: String(memory.id) })),
  retrieve: (id, content) => tool('memories_retrieve', { memory_id: id }, (memory) => ({ id: String(memory.id), mismatch: memory.content !== content })),
  record: (metric) => tool('usage_record', { metric, quantity: 1 }, (record) => ({ id: String(record.id) })),
});
await client.close();
process.exit(0);
