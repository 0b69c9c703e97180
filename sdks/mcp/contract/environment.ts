// Generated from generators/mcp/contract/environment.ts by generators/mcp. Do not edit: change it there.
// Where the MCP contract suite runs: the servers test/contract/run.ts started, named by env vars
// (a run without them fails at once). Every scenario is a tool call through the built
// cognitionos-mcp, started over stdio as an MCP client would start it, with the key it is given.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll } from 'vitest';
import { startPassThrough, type Exchange } from '../../../test/contract/pass-through.ts';

const REQUIRED = ['COGNITIONOS_BASE_URL', 'COGNITIONOS_DIRECT_BASE_URL', 'COGNITIONOS_ADMIN_KEY', 'COGNITIONOS_LIMITED_BASE_URL', 'COGNITIONOS_SLOW_BASE_URL', 'COGNITIONOS_NEWER_BASE_URL', 'COGNITIONOS_FAULTY_BASE_URL', 'COGNITIONOS_FAULTFREE_BASE_URL'] as const;
const missing = REQUIRED.filter((name) => !process.env[name]);
if (missing.length) throw new Error(`contract suite needs ${missing.join(', ')}: run it through test/contract/run.ts (npm test), not on its own`);

export const env = Object.fromEntries(REQUIRED.map((name) => [name, process.env[name]!])) as Record<(typeof REQUIRED)[number], string>;
export const adminKey = env.COGNITIONOS_ADMIN_KEY;
export type Server = Exclude<(typeof REQUIRED)[number], 'COGNITIONOS_ADMIN_KEY'>;

const main = fileURLToPath(new URL('../bin/cognitionos-mcp.js', import.meta.url));
const open = new Map<string, Promise<Tools>>();
afterAll(async () => Promise.all([...open.values()].map(async (tools) => (await tools).client.close())));

/** A connected MCP client of a cognitionos-mcp serving every tool (destructive ones too); one
 * server process per key, target and flags, shared by the tests of a file. */
export function mcp(apiKey: string, server: Server | { baseUrl: string } = 'COGNITIONOS_BASE_URL', flags: string[] = []): Promise<Tools> {
  const baseUrl = typeof server === 'string' ? env[server] : server.baseUrl;
  const id = JSON.stringify([apiKey, baseUrl, flags]);
  if (!open.has(id)) open.set(id, connect(apiKey, baseUrl, flags));
  return open.get(id)!;
}

async function connect(apiKey: string, baseUrl: string, flags: string[]): Promise<Tools> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [main, '--allow-destructive', ...flags], env: { PATH: process.env.PATH ?? '', COGNITIONOS_API_KEY: apiKey, COGNITIONOS_BASE_URL: baseUrl }, stderr: 'ignore' });
  const client = new Client({ name: 'cognitionos-contract', version: '1.0.0' });
  await client.connect(transport);
  return new Tools(client);
}

/** Tool calls that answer the API's JSON, or throw the error text of an isError result. */
export class Tools {
  constructor(readonly client: Client) {}

  async result(name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
    return (await this.client.callTool({ name, arguments: args })) as CallToolResult;
  }

  async call<T = any>(name: string, args: Record<string, unknown> = {}): Promise<T> {
    const result = await this.result(name, args);
    if (result.isError) throw new ToolError(textOf(result));
    return result.structuredContent as T;
  }

  /** The error text of a call that must fail (the test fails if it succeeds). */
  async failure(name: string, args: Record<string, unknown> = {}): Promise<string> {
    const result = await this.result(name, args);
    if (!result.isError) throw new Error(`expected ${name} to fail, it answered ${textOf(result)}`);
    return textOf(result);
  }
}

export class ToolError extends Error {}

export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export interface TenantSession {
  tenant: { id: string; name: string };
  apiKey: string;
  tools: Tools;
}

/** A fresh tenant and key made through the admin's tools, and tools on that tenant's key. */
export async function newTenant(admin: Tools, server: Server = 'COGNITIONOS_BASE_URL', flags: string[] = []): Promise<TenantSession> {
  const tenant = await admin.call('tenants_create', { name: unique('mcp') });
  const key = await admin.call('tenants_api_keys_create', { tenant_id: tenant.id, name: 'contract' });
  return { tenant, apiKey: key.secret, tools: await mcp(key.secret, server, flags) };
}

export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Recorder {
  /** The base URL to give cognitionos-mcp: the server's, through the pass-through. */
  baseUrl: string;
  exchanges: Exchange[];
  stop(): Promise<void>;
}

/** A pass-through to `server` recording every request the tools send and every answer. */
export async function recorder(server: Server): Promise<Recorder> {
  const target = new URL(env[server]);
  const exchanges: Exchange[] = [];
  const passThrough = await startPassThrough(target.origin, (exchange) => exchanges.push(exchange));
  return { baseUrl: `${passThrough.origin}${target.pathname}`, exchanges, stop: () => passThrough.stop() };
}
