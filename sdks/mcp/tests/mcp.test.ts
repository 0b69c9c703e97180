// Generated from generators/mcp/tests/mcp.test.ts by generators/mcp. Do not edit: change it there.
// The built server (its bin, which runs dist/main.js) under the official MCP client, over stdio and over streamable
// HTTP, against a live reference server: the tools it lists, their schemas and annotations, and
// calls that create, list and delete through the API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../test/support/server.ts';

const main = fileURLToPath(new URL('../bin/cognitionos-mcp.js', import.meta.url));
let api: RunningServer;
const clients: Client[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  api = await startServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  children.forEach((child) => child.kill());
  await api?.stop();
});

async function stdioClient(args: string[] = [], apiKey = api.adminKey, baseUrl = api.baseUrl, env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [main, ...args], env: { PATH: process.env.PATH ?? '', COGNITIONOS_API_KEY: apiKey, COGNITIONOS_BASE_URL: baseUrl, ...env }, stderr: 'pipe' });
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

const text = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

describe('tools over stdio', () => {
  it('lists one tool per operation, without destructive ones unless allowed', async () => {
    const safe = (await (await stdioClient()).listTools()).tools;
    const all = (await (await stdioClient(['--allow-destructive'])).listTools()).tools;
    for (const tool of all) expect(tool.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(all.map((t) => t.name)).toEqual(expect.arrayContaining(['tenants_list', 'tenants_api_keys_revoke', 'workflows_executions_create', 'tenants_delete', 'memories_search']));
    const destructive = all.filter((t) => t.annotations?.destructiveHint).map((t) => t.name).sort();
    expect(destructive).toEqual(['memories_delete', 'tenants_api_keys_revoke', 'tenants_delete', 'tenants_plugins_uninstall', 'tenants_subscription_cancel', 'workflows_delete', 'workflows_executions_cancel']);
    expect(safe.map((t) => t.name).sort()).toEqual(all.map((t) => t.name).filter((n) => !destructive.includes(n)).sort());
  });

  it('gives each tool a title, a description, annotations and a typed input schema', async () => {
    const tools = (await (await stdioClient(['--allow-destructive'])).listTools()).tools;
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(byName.get('tenants_list')).toMatchObject({ title: 'List tenants', annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true } });
    expect(byName.get('tenants_api_keys_create')!.inputSchema).toMatchObject({ type: 'object', required: ['tenant_id', 'name'], properties: { tenant_id: { type: 'string' }, name: { type: 'string' } } });
    expect(byName.get('tenants_subscription_update')!.inputSchema.properties).toMatchObject({ plan: { type: 'string', enum: ['starter', 'professional', 'enterprise'] }, seats: { type: 'integer' } });
    expect(byName.get('workflows_executions_create')!.inputSchema.properties).toHaveProperty('wait', expect.objectContaining({ type: 'boolean' }));
    for (const tool of tools) expect(tool.description).toContain('HTTP: ');
  });

  it('creates, lists and deletes a tenant', async () => {
    const client = await stdioClient(['--allow-destructive']);
    const created = await call(client, 'tenants_create', { name: 'MCP Tenant', metadata: { via: 'mcp' } });
    expect(created.isError).toBeFalsy();
    const tenant = created.structuredContent as { id: string; name: string };
    expect(tenant).toMatchObject({ name: 'MCP Tenant' });
    expect(JSON.parse(text(created))).toEqual(tenant);
    const page = (await call(client, 'tenants_list', { limit: 100 })).structuredContent as { data: { id: string }[]; has_more: boolean; next_cursor: string | null };
    expect(page.data.map((t) => t.id)).toContain(tenant.id);
    expect(page).toHaveProperty('has_more');
    expect((await call(client, 'tenants_delete', { tenant_id: tenant.id })).isError).toBeFalsy();
    const gone = await call(client, 'tenants_retrieve', { tenant_id: tenant.id });
    expect(gone.isError).toBe(true);
    expect(text(gone)).toMatch(/NotFoundError: (.*: )?404 /);
    expect(text(gone)).toMatch(/request id: \S+/);
    expect(text(gone)).not.toContain(api.adminKey);
  });

  it('pages a list with its cursor', async () => {
    const client = await stdioClient();
    for (const name of ['Page A', 'Page B', 'Page C']) await call(client, 'tenants_create', { name });
    const first = (await call(client, 'tenants_list', { limit: 2 })).structuredContent as { data: { id: string }[]; next_cursor: string };
    const second = (await call(client, 'tenants_list', { limit: 2, cursor: first.next_cursor })).structuredContent as { data: { id: string }[] };
    expect(first.data).toHaveLength(2);
    expect(second.data.map((t) => t.id)).not.toContain(first.data[0]!.id);
  });

  it('answers bad input with the field the server names', async () => {
    const result = await call(await stdioClient(), 'tenants_create', { name: '' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/BadRequestError: (.*: )?400 /);
    expect(text(result)).toMatch(/^body\.name: /m);
    expect(text(result).match(/^body\.name: /gm)).toHaveLength(1);
  });

  it('creates an execution and waits for it with wait: true', async () => {
    const tenant = await api.adminPost('/tenants', { name: 'MCP Waits' });
    const key = await api.adminPost(`/tenants/${tenant.id}/api_keys`, { name: 'mcp' });
    const client = await stdioClient([], key.secret);
    const workflow = (await call(client, 'workflows_create', { name: 'wait', steps: [{ type: 'delay', duration_ms: 50 }] })).structuredContent as { id: string };
    const done = await call(client, 'workflows_executions_create', { workflow_id: workflow.id, input: {}, wait: true });
    expect(done.structuredContent).toMatchObject({ workflow_id: workflow.id, status: 'succeeded' });
  });
});

describe('trace context', () => {
  it('forwards _meta.traceparent and tracestate as headers; a malformed traceparent is not sent and the call still runs', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const stub = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    try {
      const client = await stdioClient([], api.adminKey, `http://127.0.0.1:${(stub.address() as AddressInfo).port}/api/v3`);
      const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
      for (const _meta of [{ traceparent, tracestate: 'vendor=1' }, { traceparent: '00-nothex-00f067aa0ba902b7-01', tracestate: 'vendor=1' }, {}]) {
        expect((await client.callTool({ name: 'health_check', arguments: {}, _meta })).isError).toBeFalsy();
      }
      expect(seen.map((h) => [h.traceparent, h.tracestate])).toEqual([[traceparent, 'vendor=1'], [undefined, undefined], [undefined, undefined]]);
    } finally {
      await new Promise((resolve) => stub.close(resolve));
    }
  });
});

describe('logging', () => {
  it('writes the SDK log records to stderr with COGNITIONOS_LOG=debug: stdout stays the protocol', async () => {
    const client = await stdioClient([], api.adminKey, api.baseUrl, { COGNITIONOS_LOG: 'debug' });
    let logged = '';
    (client.transport as StdioClientTransport).stderr!.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    let protocolErrors = 0;
    client.onerror = () => protocolErrors++;
    expect((await call(client, 'tenants_list', { limit: 1 })).isError).toBeFalsy();
    expect(logged).toMatch(/cognitionos request .*GET.*\/tenants.*200/s);
    expect(logged).not.toContain(api.adminKey);
    expect(protocolErrors).toBe(0);
  });
});

describe('filters', () => {
  const list = (...args: string[]) => spawnSync(process.execPath, [main, '--list', ...args], { encoding: 'utf8' });
  const names = (...args: string[]) => list(...args).stdout.trim().split('\n').map((line) => line.split('\t')[0]);

  it.each([
    ['--resource glob', { given: ['--resource', 'tenants.api*', '--allow-destructive'], want: ['tenants_api_keys_create', 'tenants_api_keys_list', 'tenants_api_keys_retrieve', 'tenants_api_keys_revoke'] }],
    ['--resource by tool prefix', { given: ['--resource', 'workflows_executions'], want: ['workflows_executions_create', 'workflows_executions_list', 'workflows_executions_retrieve'] }],
    ['--operation read', { given: ['--resource', 'memories', '--operation', 'read'], want: ['memories_list', 'memories_retrieve'] }],
    ['--tool, repeated', { given: ['--tool', 'tenants_list', '--tool', 'health_check'], want: ['health_check', 'tenants_list'] }],
  ])('%s', (_name, { given, want }) => {
    expect(names(...given)).toEqual(want);
  });

  it.each([
    ['an unknown flag', ['--bogus'], /Unknown option '--bogus'/],
    ['a bad --operation', ['--operation', 'delete'], /--operation: expected one of read, write, got delete/],
    ['an unknown --tool', ['--tool', 'nope'], /--tool: no tool named nope/],
    ['a destructive tool without --allow-destructive', ['--tool', 'tenants_delete'], /no tool matches the filters given/],
  ])('refuses %s with exit code 2', (_name, args, message) => {
    const run = list(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('dynamic tools', () => {
  it('lists endpoints, gives a schema, and invokes with checked arguments', async () => {
    const client = await stdioClient(['--tools', 'dynamic']);
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['list_api_endpoints', 'get_api_endpoint_schema', 'invoke_api_endpoint']);
    const found = (await call(client, 'list_api_endpoints', { search: 'tenants list' })).structuredContent as { endpoints: { name: string }[] };
    expect(found.endpoints.map((e) => e.name)).toContain('tenants_list');
    const schema = (await call(client, 'get_api_endpoint_schema', { endpoint: 'tenants_create' })).structuredContent as { inputSchema: { required: string[] } };
    expect(schema.inputSchema.required).toEqual(['name']);
    const invalid = await call(client, 'invoke_api_endpoint', { endpoint: 'tenants_create', args: { name: 7 } });
    expect(invalid.isError).toBe(true);
    expect(text(invalid)).toMatch(/name: must be string/);
    const created = await call(client, 'invoke_api_endpoint', { endpoint: 'tenants_create', args: { name: 'Dynamic' } });
    expect(created.structuredContent).toMatchObject({ name: 'Dynamic' });
  });
});

describe('tools over streamable HTTP', () => {
  it('serves a session with its own bearer key', async () => {
    const child = spawn(process.execPath, [main, '--transport', 'http', '--port', '0'], { env: { PATH: process.env.PATH ?? '', COGNITIONOS_BASE_URL: api.baseUrl }, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(seen);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${seen}`)));
    });
    const client = new Client({ name: 'mcp-http-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${api.adminKey}` } } }));
    clients.push(client);
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('tenants_list');
    const created = await call(client, 'tenants_create', { name: 'Over HTTP' });
    expect(created.structuredContent).toMatchObject({ name: 'Over HTTP' });
    const anonymous = new Client({ name: 'no-key', version: '1.0.0' });
    await anonymous.connect(new StreamableHTTPClientTransport(new URL(url)));
    clients.push(anonymous);
    const refused = await call(anonymous, 'tenants_list');
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/AuthenticationError: (.*: )?401 /);
  });
});
