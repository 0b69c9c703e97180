// Generated from generators/typescript/tests/unit/errors.test.ts by generators/typescript. Do not edit: change generators/typescript/tests/unit/errors.test.ts or the generator.
// Each status maps to its error class, carrying status, problem body, headers and request id,
// and no message or string form ever contains the API key.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as errors from '../../src/index.js';
import { APIConnectionError, APIError, AuthenticationError, CognitionOSError, InternalServerError } from '../../src/index.js';
import { formatMessage } from '../../src/internal/message.js';
import { API_ERROR_MESSAGE, ERROR_CLASSES, IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PREFIX, SERVER_ERROR_CLASS } from '../../src/internal/policy.js';
import { API_KEY, BASE_URL, newClient, problem, seen, server } from './mock-server.js';

async function failure(call: PromiseLike<unknown>): Promise<APIError> {
  try {
    await call;
  } catch (error) {
    return error as APIError;
  }
  throw new Error('the call succeeded');
}

// The policy's status table, every class it names, and a status it does not name.
const statusTable: Array<[number, string]> = [
  ...Object.entries(ERROR_CLASSES).map(([status, name]): [number, string] => [Number(status), `${name}Error`]),
  [500, `${SERVER_ERROR_CLASS}Error`],
  [503, `${SERVER_ERROR_CLASS}Error`],
  [418, 'APIError'],
];

describe('error mapping', () => {
  it.each(statusTable)('status %i is %s', async (status, className) => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(status, 'Title', 'what went wrong', 'req_abc')));
    const error = await failure(newClient({ maxRetries: 0 }).tenants.retrieve('ten_1'));
    expect(error.name).toBe(className);
    expect(error).toBeInstanceOf((errors as Record<string, unknown>)[className] as typeof APIError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CognitionOSError);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('req_abc');
    expect(error.headers?.get('x-request-id')).toBe('req_abc');
    expect(error.problem).toMatchObject({ title: 'Title', detail: 'what went wrong', status });
    expect(error.message).toBe(formatMessage(API_ERROR_MESSAGE, { method: 'GET', path: '/tenants/{tenant_id}', status, title: 'Title', detail: 'what went wrong', request_id: 'req_abc' }));
    expect(error.message.startsWith(`GET /tenants/{tenant_id}: ${status} Title`)).toBe(true);
  });

  it.each([
    ['every part', { method: 'GET', path: '/tenants/{tenant_id}', status: 404, title: 'Not Found', detail: 'no tenant', field_errors: 'a: b', request_id: 'r1' }, 'GET /tenants/{tenant_id}: 404 Not Found: no tenant [a: b] (request r1)'],
    ['no optional part', { status: 500, title: 'Oops', detail: '' }, '500 Oops'],
  ])('formats the policy message with %s', (_case, values, expected) => {
    expect(formatMessage(API_ERROR_MESSAGE, values)).toBe(expected);
  });

  it('exposes the Idempotency-Key a failed POST sent, the caller\'s own when given', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => problem(422, 'Unprocessable', 'no')));
    const generated = await failure(newClient().tenants.create({ name: 'A' }));
    expect(generated.idempotencyKey).toMatch(new RegExp(`^${IDEMPOTENCY_KEY_PREFIX}`));
    expect(generated.idempotencyKey).toBe(seen[0]!.headers.get(IDEMPOTENCY_HEADER));
    const own = await failure(newClient().tenants.create({ name: 'A' }, { idempotencyKey: 'mine-1' }));
    expect(own.idempotencyKey).toBe('mine-1');
  });

  it('exposes the key on a connection error of a POST too, and none on a GET', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => HttpResponse.error()), http.get(`${BASE_URL}/tenants/ten_1`, () => HttpResponse.error()));
    expect((await failure(newClient({ maxRetries: 0 }).tenants.create({ name: 'A' }))).idempotencyKey).toMatch(new RegExp(`^${IDEMPOTENCY_KEY_PREFIX}`));
    expect((await failure(newClient({ maxRetries: 0 }).tenants.retrieve('ten_1'))).idempotencyKey).toBeUndefined();
  });

  it('names every offending field of bad input in the message', async () => {
    const body = { type: 'about:blank', title: 'Invalid request', status: 400, detail: 'invalid body', request_id: 'req_1', errors: [{ path: 'body.name', message: 'Required' }] };
    server.use(http.post(`${BASE_URL}/tenants`, () => HttpResponse.json(body, { status: 400 })));
    const error = await failure(newClient().tenants.create({ name: '' }));
    expect(error.problem?.errors).toEqual([{ path: 'body.name', message: 'Required' }]);
    expect(error.message).toBe('POST /tenants: 400 Invalid request: invalid body [body.name: Required] (request req_1)');
    expect(error.requestId).toBe('req_1');
  });

  it('says field errors once when the detail already lists them', async () => {
    const errors = [{ path: 'body.name', message: 'Required' }, { path: 'body.slug', message: 'Too long' }];
    const body = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'body.name: Required; body.slug: Too long', request_id: 'req_1', errors };
    server.use(http.post(`${BASE_URL}/tenants`, () => HttpResponse.json(body, { status: 400 })));
    const error = await failure(newClient().tenants.create({ name: '' }));
    expect(error.message).toBe('POST /tenants: 400 Bad Request: body.name: Required; body.slug: Too long (request req_1)');
  });

  it('names the call in a connection error', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => HttpResponse.error()));
    const error = await failure(newClient({ maxRetries: 0 }).tenants.retrieve('ten_1'));
    expect(error.message.startsWith('GET /tenants/{tenant_id}: Connection error: ')).toBe(true);
  });

  it('keeps a body that is not JSON as the detail', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => new HttpResponse('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    const error = await failure(newClient({ maxRetries: 0 }).tenants.retrieve('ten_1'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.problem).toEqual({ title: 'Bad Gateway', detail: '<html>bad gateway</html>' });
  });
});

describe('the API key stays secret', () => {
  it('is cut out of a message even when the server echoes it', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(401, 'Unauthorized', `unknown key ${API_KEY}`)));
    const error = await failure(newClient().tenants.retrieve('ten_1'));
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const text of [error.message, String(error), error.stack ?? '', JSON.stringify(error)]) expect(text).not.toContain(API_KEY);
    expect(error.message).toContain('[redacted]');
  });

  it('keeps the server\'s hint when the key is the README\'s placeholder, which is no secret', async () => {
    const hint = 'Malformed Authorization header: expected Bearer cog_...';
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(401, 'Unauthorized', hint)));
    const error = await failure(newClient({ apiKey: 'cog_...' }).tenants.retrieve('ten_1'));
    expect(error.message).toContain(hint);
    expect(error.problem?.detail).toBe(hint);
  });

  it('keeps the server\'s hint about a malformed key: only the caller\'s exact key is cut out', async () => {
    const malformed = 'cog_live_not-hex-but-long';
    const hint = 'expected Bearer cog_live_<32 hex> or cog_admin_<32 hex>; see the README';
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(401, 'Unauthorized', `malformed key ${malformed}: ${hint}`)));
    const error = await failure(newClient({ apiKey: malformed }).tenants.retrieve('ten_1'));
    expect(error.message).toContain(hint);
    expect(error.message).toContain('malformed key [redacted]:');
    expect(error.problem?.detail).not.toContain(malformed);
  });

  it('is absent from connection errors', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => HttpResponse.error()));
    const error = await failure(newClient({ maxRetries: 0 }).tenants.retrieve('ten_1'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(`${error.message} ${String(error)} ${error.stack}`).not.toContain(API_KEY);
  });

  it('is not visible on the client object', () => {
    expect(inspect(newClient(), { depth: 4 })).not.toContain(API_KEY);
  });
});
