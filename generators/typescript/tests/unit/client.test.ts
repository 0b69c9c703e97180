// The client's surface: options and env fallbacks, headers, paths, raw responses, polling, and
// values a newer server may send.
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIConnectionError, CognitionOSClient, PollTimeoutError, SPEC_VERSION, VERSION, createFetchTransport } from '../../src/index.js';
import { formatMessage } from '../../src/internal/message.js';
import { POLL_TIMEOUT_MESSAGE } from '../../src/internal/policy.js';
import { API_KEY, BASE_URL, json, newClient, seen, server, tenant } from './mock-server.js';

afterEach(() => vi.unstubAllEnvs());

describe('configuration', () => {
  it('reads the key and base URL from the environment', async () => {
    vi.stubEnv('COGNITIONOS_API_KEY', 'cog_from_env');
    vi.stubEnv('COGNITIONOS_BASE_URL', 'http://env.test/api/v3/');
    server.use(http.get('http://env.test/api/v3/tenants/ten_1', () => json(tenant)));
    await new CognitionOSClient().tenants.retrieve('ten_1');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer cog_from_env');
  });

  it('defaults to the local server, two retries and 60 s', () => {
    vi.stubEnv('COGNITIONOS_BASE_URL', '');
    const client = new CognitionOSClient({ apiKey: 'k' });
    expect([client.baseURL, client.maxRetries, client.timeout]).toEqual(['http://localhost:8100/api/v3', 2, 60_000]);
  });

  it('sends through the transport it is given', async () => {
    const fetch = vi.fn(async () => json(tenant));
    await newClient({ transport: createFetchTransport(fetch) }).tenants.retrieve('ten_1');
    expect(fetch).toHaveBeenCalledWith(`${BASE_URL}/tenants/ten_1`, expect.objectContaining({ method: 'GET' }));
  });
});

describe('requests', () => {
  it('sends auth, JSON and a User-Agent naming SDK, version and runtime', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => json(tenant, 201)));
    await newClient().tenants.create({ name: 'Acme', metadata: { region: 'eu' } });
    const [request] = seen;
    expect(request!.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(request!.headers.get('user-agent')).toBe(`cognitionos-sdk-typescript/${VERSION} (node/${process.versions.node})`);
    expect(JSON.parse(request!.body)).toEqual({ name: 'Acme', metadata: { region: 'eu' } });
  });

  it('layers default and per-request headers; null removes one', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    const client = newClient({ defaultHeaders: { 'X-Team': 'core', 'X-Trace': 'a' } });
    await client.tenants.retrieve('ten_1', { headers: { 'X-Trace': 'b', 'X-Team': null } });
    expect(seen[0]!.headers.get('x-trace')).toBe('b');
    expect(seen[0]!.headers.has('x-team')).toBe(false);
  });

  it('encodes path parameters and serializes the query', async () => {
    server.use(http.get(`${BASE_URL}/memories`, () => json({ data: [], has_more: false, next_cursor: null })));
    server.use(http.get(`${BASE_URL}/tenants/:id`, () => json(tenant)));
    const client = newClient();
    await client.tenants.retrieve('a/b?c');
    await client.memories.list({ scope: 'private', tag: 'x y', agent_id: undefined });
    expect(seen[0]!.url.pathname).toBe('/api/v3/tenants/a%2Fb%3Fc');
    expect(seen[1]!.url.search).toBe('?scope=private&tag=x+y');
  });

  it('answers undefined for 204', async () => {
    server.use(http.delete(`${BASE_URL}/tenants/ten_1`, () => new Response(null, { status: 204 })));
    expect(await newClient().tenants.delete('ten_1')).toBeUndefined();
  });

  it('gives the raw answer with withResponse()', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    const { data, response } = await newClient().tenants.retrieve('ten_1').withResponse();
    expect(data).toEqual(tenant);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_ok');
  });

  it('keeps fields, enum values and step types it does not know', async () => {
    const workflow = { id: 'wf_1', name: 'w', steps: [{ type: 'webhook', url: 'https://hooks.example/x' }], status: 'archived', newer_field: { a: 1 } };
    server.use(http.get(`${BASE_URL}/workflows/wf_1`, () => json(workflow)));
    const read: Record<string, unknown> = await newClient().workflows.retrieve('wf_1');
    expect(read).toEqual(workflow);
  });

  it('names the spec version it was generated from', () => {
    expect(SPEC_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('createAndPoll', () => {
  it('creates, then re-reads until the status is one the spec calls final, without the idempotency key', async () => {
    const execution = (status: string) => ({ id: 'exec_1', workflow_id: 'wf_1', status, input: {}, output: null, error: null, steps: [] });
    const statuses = ['running', 'running', 'succeeded'];
    server.use(
      http.post(`${BASE_URL}/workflows/wf_1/executions`, () => json(execution('queued'), 201)),
      http.get(`${BASE_URL}/workflows/wf_1/executions/exec_1`, () => json(execution(statuses.shift()!))),
    );
    const done = await newClient().workflows.executions.createAndPoll('wf_1', { input: { x: 1 } }, { pollIntervalMs: 1, idempotencyKey: 'run-1' });
    expect(done.status).toBe('succeeded');
    expect(seen.map((r) => `${r.method} ${r.headers.get('idempotency-key')}`)).toEqual(['POST run-1', 'GET null', 'GET null', 'GET null']);
  });

  it('gives up after pollTimeoutMs with PollTimeoutError (no connection error) in the policy wording', async () => {
    const running = { id: 'exec_1', workflow_id: 'wf_1', status: 'running', input: {}, output: null, error: null, steps: [] };
    server.use(
      http.post(`${BASE_URL}/workflows/wf_1/executions`, () => json(running, 201)),
      http.get(`${BASE_URL}/workflows/wf_1/executions/exec_1`, () => json(running)),
    );
    const error = await newClient().workflows.executions.createAndPoll('wf_1', {}, { pollIntervalMs: 5, pollTimeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ lastStatus: 'running', timeoutMs: 20 });
    expect((error as Error).message).toBe(formatMessage(POLL_TIMEOUT_MESSAGE, { status: 'running', timeout_ms: 20 }));
  });
});
