// The undici transport against a real local socket (msw does not intercept undici.request): what
// it hands the client for each way an attempt can end, so the request loop above treats it exactly
// as it treats fetch's.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError, APITimeoutError, APIUserAbortError, CognitionOSClient, NotFoundError } from '../../src/index.js';
import { createUndiciTransport } from '../../src/undici.js';
import { tenant } from './mock-server.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const handlers = new Map<string, Handler>([
  ['/api/v3/tenants/ten_1', (_, res) => res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_ok' }).end(JSON.stringify(tenant))],
  ['/api/v3/tenants/missing', (_, res) => res.writeHead(404, { 'content-type': 'application/problem+json', 'x-request-id': 'req_404' }).end(JSON.stringify({ title: 'Not Found', status: 404, detail: 'no tenant missing' }))],
  ['/api/v3/tenants/silent', () => undefined], // never answers
]);
const seen: IncomingMessage[] = [];
let server: Server;
let baseURL: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    handlers.get(req.url ?? '')?.(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const client = (options: { timeout?: number; maxRetries?: number } = {}) =>
  new CognitionOSClient({ apiKey: 'cog_test', baseURL, transport: createUndiciTransport({ connections: 4 }), ...options });

describe('createUndiciTransport', () => {
  it('answers status, headers and body as the fetch transport does', async () => {
    const { data, response } = await client().tenants.retrieve('ten_1').withResponse();
    expect(data).toEqual(tenant);
    expect([response.status, response.headers.get('x-request-id')]).toEqual([200, 'req_ok']);
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer cog_test');
  });

  it('maps an error status to its error class with the request id', async () => {
    const error = await client().tenants.retrieve('missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toBe('req_404');
  });

  it.each([
    ['the timeout runs out', () => client({ timeout: 100, maxRetries: 0 }), APITimeoutError],
    ['nothing listens', () => new CognitionOSClient({ apiKey: 'k', baseURL: 'http://127.0.0.1:1/api/v3', maxRetries: 0, transport: createUndiciTransport() }), APIConnectionError],
  ])('ends the call as the request loop expects when %s', async (_, target, ErrorClass) => {
    const error = await target().tenants.retrieve('silent').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).not.toBeInstanceOf(ErrorClass === APIConnectionError ? APITimeoutError : APIUserAbortError);
  });

  it("stops on the caller's AbortSignal", async () => {
    const controller = new AbortController();
    const call = client().tenants.retrieve('silent', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await call.catch((e: unknown) => e)).toBeInstanceOf(APIUserAbortError);
  });
});
