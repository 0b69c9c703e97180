// What every endpoint shares: request id and spec version headers, 404/405/400/413/415/401 as
// problem+json, paging parameters validated by name, and the spec and docs served by the server.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, operations, SPEC_VERSION, type Operation } from '../../spec/src/index.ts';
import { client, expectProblem, newTenant, useServer, type Client, type Reply } from './support.ts';

const ctx = useServer();
const committedSpec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));
const raw = (path: string, init?: RequestInit) => fetch(`${ctx.server.origin}${path}`, init);
const adminHeaders = () => ({ authorization: `Bearer ${ctx.server.adminKey}` });

describe('every response carries X-Request-Id and CognitionOS-Spec-Version', () => {
  const requests: [string, () => Promise<Response>][] = [
    ['200 GET /health', () => raw('/api/v3/health')],
    ['200 GET /tenants', () => raw('/api/v3/tenants', { headers: adminHeaders() })],
    ['201 POST /tenants', () => raw('/api/v3/tenants', { method: 'POST', headers: { ...adminHeaders(), 'content-type': 'application/json' }, body: '{"name":"Hdr"}' })],
    ['401 without a key', () => raw('/api/v3/tenants')],
    ['404 unknown route under the API', () => raw('/api/v3/nope', { headers: adminHeaders() })],
    ['404 outside the API', () => raw('/nope')],
    ['405 wrong method', () => raw('/api/v3/tenants', { method: 'PUT', headers: adminHeaders() })],
    ['400 malformed JSON', () => raw('/api/v3/tenants', { method: 'POST', headers: { ...adminHeaders(), 'content-type': 'application/json' }, body: '{"name":' })],
    ['415 wrong content type', () => raw('/api/v3/tenants', { method: 'POST', headers: { ...adminHeaders(), 'content-type': 'text/plain' }, body: '{"name":"x"}' })],
    ['200 the spec', () => raw('/api/v3/openapi.json')],
    ['200 the docs', () => raw('/docs')],
  ];

  it.each(requests)('%s', async (_name, send) => {
    const response = await send();
    await response.arrayBuffer();
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-z]+$/);
    expect(response.headers.get('cognitionos-spec-version')).toBe(SPEC_VERSION);
  });

  it('the spec version header is the committed spec version, and request ids are unique', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = await raw('/api/v3/health');
      await response.arrayBuffer();
      expect(response.headers.get('cognitionos-spec-version')).toBe(committedSpec.info.version);
      ids.add(response.headers.get('x-request-id')!);
    }
    expect(ids.size).toBe(5);
  });

  it('HEAD on a GET route answers 200 with the headers and no body', async () => {
    const response = await raw('/api/v3/health', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(await response.text()).toBe('');
  });
});

describe('405 with Allow on every path of the spec', () => {
  const pathMethods = new Map<string, string[]>();
  for (const op of operations) pathMethods.set(op.path, [...(pathMethods.get(op.path) ?? []), op.http.toUpperCase()]);
  const cases = [...pathMethods].flatMap(([path, methods]) =>
    ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => !methods.includes(method)).map((method) => [method, path, methods] as const),
  );

  it.each(cases)('%s %s', async (method, path, methods) => {
    const reply = await ctx.admin.call(method, path.replace(/\{(\w+)\}/g, 'x_$1'));
    expectProblem(reply, 405);
    const allowed = reply.headers.get('allow')!.split(', ').sort();
    expect(allowed).toEqual([...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].sort());
  });
});

describe('unknown routes are 404 problems', () => {
  it.each(['/nope', '/tenants/ten_x/nope', '/workflows/wf_x/executions/exec_x/nope'])('GET /api/v3%s', async (path) => {
    expectProblem(await ctx.admin.get(path), 404);
  });

  it('a path outside /api/v3 is a 404 problem too', async () => {
    const response = await raw('/v2/tenants');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await response.json()).request_id).toBe(response.headers.get('x-request-id'));
  });
});

describe('bad bodies', () => {
  it('malformed JSON is 400 naming the body', async () => {
    expectProblem(await ctx.admin.post('/tenants', '{"name": "Acme",'), 400, 'body');
  });

  it('an empty body where one is required is 400 naming the body', async () => {
    expectProblem(await ctx.admin.call('POST', '/tenants', undefined, { 'content-type': 'application/json' }), 400, 'body');
  });

  it('a JSON value that is not an object is 400 naming the body', async () => {
    expectProblem(await ctx.admin.post('/tenants', '["Acme"]'), 400, 'body');
  });

  it('a body over the size limit is 413', async () => {
    expectProblem(await ctx.admin.post('/tenants', { name: 'x'.repeat(300 * 1024) }), 413);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])('content type %s is 415 naming the header', async (type) => {
    expectProblem(await ctx.admin.call('POST', '/tenants', '{"name":"Acme"}', { 'content-type': type }), 415, 'header.content-type');
  });

  it('application/json with a charset parameter is accepted', async () => {
    const reply = await ctx.admin.call('POST', '/tenants', '{"name":"Charset"}', { 'content-type': 'application/json; charset=utf-8' });
    expect(reply.status).toBe(201);
  });
});

describe('odd requests are 4xx problems, never a 500', () => {
  const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  it.each([
    ['malformed percent-encoding in a path parameter', 'GET', '/tenants/%E0%A4%A', undefined, {}],
    ['a body that is JSON null', 'PATCH', '/tenants/ten_x', 'null', {}],
    ['a gzip content-encoding over plain bytes', 'POST', '/tenants', '{"name":"x"}', { 'content-encoding': 'gzip' }],
    ['JSON nested 5000 levels deep', 'POST', '/tenants', nested(5000), {}],
  ])('%s', async (_case, method, path, body, headers) => {
    const reply = await ctx.admin.call(method, path, body, headers as Record<string, string>);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expectProblem(reply, reply.status);
  });
});

describe('401 for a missing, malformed or unknown key', () => {
  const cases: [string, () => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    ['an unknown key', () => ({ authorization: 'Bearer cog_unknown_0123456789abcdef' })],
    ['a key without the cog_ prefix', () => ({ authorization: 'Bearer sk_live_0123456789abcdef' })],
    ['Basic instead of Bearer', () => ({ authorization: 'Basic dXNlcjpwYXNzd29yZA==' })],
    ['Bearer with nothing after it', () => ({ authorization: 'Bearer ' })],
    ['the admin key with a character added', () => ({ authorization: `Bearer ${ctx.server.adminKey}x` })],
  ];

  it.each(cases)('%s', async (_name, headersOf) => {
    const sent = headersOf();
    const reply = await client(ctx.server.baseUrl).get('/tenants', sent);
    expectProblem(reply, 401, 'header.authorization');
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const secret = sent.authorization?.replace(/^\S+ /, '');
    if (secret) expect(JSON.stringify(reply.body)).not.toContain(secret);
  });
});

describe('paging parameters are validated by name on every list', () => {
  let tenant: Awaited<ReturnType<typeof newTenant>>;
  let workflowId: string;
  beforeAll(async () => {
    tenant = await newTenant(ctx.admin, ctx.server.baseUrl, 'Paging');
    workflowId = (await tenant.api.post('/workflows', { name: 'w', steps: [{ type: 'delay', duration_ms: 0 }] })).body.id;
  });
  const callerOf = (op: Operation): Client => (op.access === 'tenant' ? tenant.api : ctx.admin);
  const pathOf = (op: Operation) => op.path.replace('{tenant_id}', tenant.tenant.id).replace('{workflow_id}', workflowId);
  const lists = operations.filter((op) => op.paginated);
  const badQueries: [string, string][] = [
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['limit=-1', 'query.limit'],
    ['limit=1.5', 'query.limit'],
    ['limit=ten', 'query.limit'],
    ['limit=', 'query.limit'],
    ['cursor=not%20a%20cursor', 'query.cursor'],
    ['cursor=', 'query.cursor'],
    ['cursor=%27%3B--', 'query.cursor'],
    ['limit=1&limit=2', 'query.limit'],
    ['cursor=ab_1&cursor=ab_2', 'query.cursor'],
    ['unknown_param=1', 'query.unknown_param'],
  ];
  const cases = lists.flatMap((op) => badQueries.map(([query, path]) => [op.operationId, query, path, op] as const));

  it('every paginated operation of the spec is covered', () => {
    expect(lists.map((op) => op.operationId).sort()).toEqual(
      ['memoriesList', 'tenantsApiKeysList', 'tenantsList', 'tenantsPluginsList', 'workflowsExecutionsList', 'workflowsList'].sort(),
    );
  });

  it.each(cases)('%s ?%s is 400 naming %s', async (_id, query, path, op) => {
    expectProblem(await callerOf(op).get(`${pathOf(op)}?${query}`), 400, path);
  });

  it.each(lists.map((op) => [op.operationId, op] as const))('%s accepts limit=1 and limit=100 and a well-formed cursor', async (_id, op) => {
    for (const query of ['limit=1', 'limit=100', 'cursor=zz_0']) {
      const reply = await callerOf(op).get(`${pathOf(op)}?${query}`);
      expect(reply.status, query).toBe(200);
      expect(reply.body).toEqual({ data: expect.any(Array), has_more: expect.any(Boolean), next_cursor: reply.body.has_more ? expect.any(String) : null });
    }
  });
});

describe('the server describes itself', () => {
  it('GET /api/v3/openapi.json serves exactly the committed spec/openapi.json', async () => {
    const response = await raw('/api/v3/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(committedSpec);
  });

  it('GET /docs serves an HTML reference that loads the served spec', async () => {
    const response = await raw('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('/api/v3/openapi.json');
    const script = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const bundle = await raw(script!);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(0);
  });
});

describe('input the schema cannot express is refused, never silently dropped', () => {
  it.each([
    ['an unknown query parameter on an operation that declares none', () => ctx.admin.post('/tenants?foo=1', { name: 'Q' }), 'query.foo'],
    ['an unknown query parameter on /health', () => client(ctx.server.baseUrl).get('/health?verbose=1'), 'query.verbose'],
    ['a __proto__ key beside declared fields', () => ctx.admin.post('/tenants', '{"name":"P","__proto__":{"status":"suspended"}}'), 'body.__proto__'],
    ['a non-string __proto__ metadata value', () => ctx.admin.post('/tenants', '{"name":"P","metadata":{"__proto__":1}}'), 'body.metadata.__proto__'],
  ])('%s is a 400 naming it', async (_name, send, path) => {
    expectProblem(await send(), 400, path);
  });
});

describe('query keys named like Object.prototype members are unknown keys like any other', () => {
  const names = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
  const routes: [string, () => Client, string][] = [
    ['GET /health', () => client(ctx.server.baseUrl), '/health'],
    ['GET /tenants', () => ctx.admin, '/tenants'],
    ['GET /tenants/{id}', () => ctx.admin, '/tenants/ten_x'],
  ];
  it.each(routes.flatMap(([route, caller, path]) => names.map((name) => [`${route}?${name}=1`, caller, path, name] as const)))('%s is 400 naming the key', async (_case, caller, path, name) => {
    expectProblem(await caller().get(`${path}?${name}=1`), 400, `query.${name}`);
  });

  it('a list with limit and a prototype-named key names only that key', async () => {
    const reply = await ctx.admin.get('/tenants?limit=5&constructor=1');
    expectProblem(reply, 400, 'query.constructor');
    expect(reply.body.errors).toHaveLength(1);
  });
});

describe(`JSON nested past the declared depth (${LIMITS.max_json_depth}) is 400 naming the limit, before any other work`, () => {
  const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  /** A body whose innermost `{"a":1}` sits at `depth` levels, counting the body itself as level 1. */
  const deepField = (field: string, depth: number, extra = '') => `{${extra}"${field}":${objects(depth - 1)}}`;

  it('the limit is declared in the served document', () => {
    expect(committedSpec.info['x-cognitionos-limits']).toEqual(LIMITS);
  });

  it.each([
    ['a tenant create, 5,000 levels', () => ctx.admin.post('/tenants', objects(5000))],
    ['a tenant create with an Idempotency-Key, 5,000 levels', () => ctx.admin.post('/tenants', objects(5000), { 'idempotency-key': 'deep-1' })],
    ['a tenant create, arrays 100,000 levels', () => ctx.admin.post('/tenants', arrays(100_000), { 'idempotency-key': 'deep-2' })],
    ['metadata one level past the limit', () => ctx.admin.post('/tenants', deepField('metadata', LIMITS.max_json_depth + 1, '"name":"d",'))],
  ])('%s', async (_case, send) => {
    const reply = await send();
    expectProblem(reply, 400, 'body');
    expect(reply.body.detail).toContain(`deeper than ${LIMITS.max_json_depth} levels`);
  });

  it('execution input and plugin config are refused alike, with or without a key', async () => {
    const { tenant, api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const workflow = (await api.post('/workflows', { name: 'w', steps: [{ type: 'delay', duration_ms: 0 }] })).body;
    for (const headers of [{}, { 'idempotency-key': `deep-${tenant.id}` }] as Record<string, string>[]) {
      expectProblem(await api.post(`/workflows/${workflow.id}/executions`, deepField('input', 5000), headers), 400, 'body');
      expectProblem(await api.post(`/tenants/${tenant.id}/plugins`, deepField('config', 5000, '"name":"p","version":"1.0.0",'), headers), 400, 'body');
    }
  });

  it('exactly the limit is accepted, and brackets inside strings do not count', async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl);
    const workflow = (await api.post('/workflows', { name: 'w', steps: [{ type: 'delay', duration_ms: 0 }] })).body;
    // body (1) > input (2) > 30 levels of {"a": ...} = 32, beside a string of brackets that must not count.
    const body = `{"input":{"s":"${'[{'.repeat(100)}","a":${objects(LIMITS.max_json_depth - 2)}}}`;
    const reply = await api.post(`/workflows/${workflow.id}/executions`, body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expectProblem(await api.post(`/workflows/${workflow.id}/executions`, `{"input":{"a":${objects(LIMITS.max_json_depth - 1)}}}`), 400, 'body');
  });
});

describe('text must be well-formed Unicode', () => {
  const post = (body: Blob | string) => raw('/api/v3/tenants', { method: 'POST', headers: { ...adminHeaders(), 'content-type': 'application/json' }, body });
  const problemOf = async (response: Response) => ({ status: response.status, headers: response.headers, body: await response.json() });

  it.each([
    ['invalid UTF-8 bytes', new Blob(['{"name":"', new Uint8Array([0xff, 0xfe]), '"}']), 'body'],
    ['an overlong UTF-8 encoding', new Blob(['{"name":"', new Uint8Array([0xc0, 0xaf]), '"}']), 'body'],
    ['a lone high surrogate escape', '{"name":"a\\ud800b"}', 'body.name'],
    ['a lone low surrogate escape in a metadata key', '{"name":"a","metadata":{"k\\udc00":"v"}}', 'body.metadata.k\udc00'],
  ])('%s is 400 naming where', async (_case, body, path) => {
    expectProblem(await problemOf(await post(body)), 400, path);
  });

  it('a surrogate pair, escaped or not, is kept exactly', async () => {
    const reply = await problemOf(await post('{"name":"\\ud83d\\ude00 😀"}'));
    expect(reply.status).toBe(201);
    expect(reply.body.name).toBe('😀 😀');
  });
});

describe('Content-Encoding', () => {
  it.each(['compress', 'x-custom'])('%s, which the server does not decode, is 415 naming the header', async (encoding) => {
    expectProblem(await ctx.admin.call('POST', '/tenants', '{"name":"x"}', { 'content-encoding': encoding }), 415, 'header.content-encoding');
  });

  it('gzip is decoded', async () => {
    const body = gzipSync('{"name":"Zipped"}');
    const response = await raw('/api/v3/tenants', { method: 'POST', headers: { ...adminHeaders(), 'content-type': 'application/json', 'content-encoding': 'gzip' }, body });
    expect(response.status).toBe(201);
    expect((await response.json()).name).toBe('Zipped');
  });
});

describe('a mutating request whose path ends in / is 404, never its parent route', () => {
  it.each(['DELETE', 'PATCH', 'POST'])('%s /tenants/{id}/ leaves the tenant alone', async (method) => {
    const { tenant } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await ctx.admin.call(method, `/tenants/${tenant.id}/`, method === 'DELETE' ? undefined : { name: 'Renamed' }), 404);
    expect((await ctx.admin.get(`/tenants/${tenant.id}`)).body).toEqual(tenant);
  });

  it('DELETE /tenants/{id}/api_keys/ (an emptied key id) does not delete the tenant', async () => {
    const { tenant } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expectProblem(await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/`), 404);
    expect((await ctx.admin.get(`/tenants/${tenant.id}`)).status).toBe(200);
  });

  it('a GET with a trailing slash still reads', async () => {
    const { tenant } = await newTenant(ctx.admin, ctx.server.baseUrl);
    expect((await ctx.admin.get(`/tenants/${tenant.id}/`)).status).toBe(200);
  });
});

describe('malformed HTTP is answered with problem+json and a request id, through clientError', () => {
  /** Sends bytes as they are (no client would send these) and reads the whole answer. */
  function sendRaw(text: string): Promise<Reply> {
    const { hostname, port } = new URL(ctx.server.origin);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.end(text));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const answer = Buffer.concat(chunks).toString('utf8');
        const [head, body] = [answer.slice(0, answer.indexOf('\r\n\r\n')), answer.slice(answer.indexOf('\r\n\r\n') + 4)];
        const [statusLine, ...fields] = head.split('\r\n');
        const headers = new Headers(fields.map((field) => [field.slice(0, field.indexOf(':')), field.slice(field.indexOf(':') + 1).trim()] as [string, string]));
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) });
      });
    });
  }
  const host = 'Host: localhost\r\n';

  it.each([
    ['a bare LF inside a header line', `GET /api/v3/health HTTP/1.1\r\n${host}X-A: 1\nX-B: 2\r\n\r\n`, 400],
    ['a bare CR inside a header value', `GET /api/v3/health HTTP/1.1\r\n${host}X-A: 1\r2\r\n\r\n`, 400],
    ['bad chunking', `POST /api/v3/tenants HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, 400],
    ['a 64 KB URL', `GET /api/v3/health?${'a'.repeat(64 * 1024)} HTTP/1.1\r\n${host}\r\n`, 431],
    ['a request line that is not HTTP', 'HELLO THERE\r\n\r\n', 400],
  ])('%s', async (_case, text, status) => {
    const reply = await sendRaw(text);
    expectProblem(reply, status, 'request');
    expect(reply.headers.get('cognitionos-spec-version')).toBe(SPEC_VERSION);
    // A request that cannot be read is not made readable by sending it again; it still starts a trace.
    expect(reply.headers.get('x-should-retry')).toBe('false');
    expect(reply.headers.get('traceresponse')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});
