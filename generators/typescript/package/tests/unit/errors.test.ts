// Each status maps to its error class, carrying status, problem body, headers and request id,
// and no message or string form ever contains the API key.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  CognitionOSError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { API_KEY, BASE_URL, newClient, problem, server } from './mock-server.js';

async function failure(call: PromiseLike<unknown>): Promise<APIError> {
  try {
    await call;
  } catch (error) {
    return error as APIError;
  }
  throw new Error('the call succeeded');
}

describe('error mapping', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])('status %i is %o', async (status, ErrorClass) => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => problem(status, 'Title', 'what went wrong', 'req_abc')));
    const error = await failure(newClient({ maxRetries: 0 }).tenants.retrieve('ten_1'));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CognitionOSError);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('req_abc');
    expect(error.headers?.get('x-request-id')).toBe('req_abc');
    expect(error.problem).toMatchObject({ title: 'Title', detail: 'what went wrong', status });
    expect(error.message).toBe(`${status} Title: what went wrong (request req_abc)`);
  });

  it('names every offending field of bad input in the message', async () => {
    const body = { type: 'about:blank', title: 'Invalid request', status: 400, detail: 'invalid body', request_id: 'req_1', errors: [{ path: 'body.name', message: 'Required' }] };
    server.use(http.post(`${BASE_URL}/tenants`, () => HttpResponse.json(body, { status: 400 })));
    const error = await failure(newClient().tenants.create({ name: '' }));
    expect(error.problem?.errors).toEqual([{ path: 'body.name', message: 'Required' }]);
    expect(error.message).toContain('body.name: Required');
    expect(error.requestId).toBe('req_1');
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
