// Ids can never change the route, header names are case-insensitive, connection failures are not
// timeouts, and an error of a POST names the Idempotency-Key it sent.
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError, APIError, APITimeoutError, BadRequestError, NotFoundError } from '../../src/index.js';
import { admin, adminKey, clientFor, expectSpecVersion, failure, newTenant, recordingTransport, unique } from './environment.js';

beforeAll(() => expectSpecVersion());

/** A local port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('routes and headers', () => {
  it("paths.dot_segments: '', '.', '..' ids are refused before any request; the tenant survives revoke(tenantId, '..')", async () => {
    const { tenant } = await newTenant();
    const { transport, exchanges } = recordingTransport();
    const recorded = clientFor(adminKey, 'COGNITIONOS_BASE_URL', { transport });
    for (const client of [recorded, admin]) {
      for (const id of ['', '.', '..']) {
        const error = await failure<BadRequestError>(client.tenants.apiKeys.revoke(tenant.id, id));
        expect(error).toBeInstanceOf(BadRequestError);
        expect(error.message).toContain('keyId');
      }
    }
    expect(await failure<BadRequestError>(recorded.tenants.retrieve('..'))).toBeInstanceOf(BadRequestError);
    expect(exchanges).toHaveLength(0);
    expect(await admin.tenants.retrieve(tenant.id)).toMatchObject({ id: tenant.id, status: 'active' });
  });

  it("paths.escaped_segments: ids with '/', '%2e%2e', '?', '#' stay one segment and answer NotFound", async () => {
    const { tenant } = await newTenant();
    for (const id of ['a/b', '%2e%2e', '..%2f..', 'x?limit=1', 'x#y', '%2F']) {
      const error = await failure<APIError>(admin.tenants.apiKeys.retrieve(tenant.id, id));
      expect(error, `key id ${JSON.stringify(id)}`).toBeInstanceOf(NotFoundError);
      expect(await failure<APIError>(admin.tenants.apiKeys.revoke(tenant.id, id))).toBeInstanceOf(NotFoundError);
    }
    expect(await admin.tenants.retrieve(tenant.id)).toMatchObject({ id: tenant.id });
  });

  it("headers.case_insensitive: a caller's idempotency-key in any case replaces the SDK's own", async () => {
    const session = await newTenant();
    for (const name of ['idempotency-key', 'IDEMPOTENCY-KEY', 'Idempotency-key']) {
      const key = unique('key');
      const { transport, exchanges } = recordingTransport();
      const client = clientFor(session.apiKey, 'COGNITIONOS_BASE_URL', { transport });
      const params = { scope: 'private' as const, content: unique('memo') };
      const first = await client.memories.create(params, { headers: { [name]: key } });
      const { data: second, response } = await client.memories.create(params, { headers: { [name]: key } }).withResponse();
      expect(second.id).toBe(first.id);
      expect(response.headers.get('idempotent-replayed')).toBe('true');
      for (const exchange of exchanges) expect(exchange.headers.get('idempotency-key')).toBe(key);
    }
  });

  it('errors.connection_refused: a refused connection is the Connection error, never the Timeout error', async () => {
    const client = clientFor(adminKey, 'COGNITIONOS_BASE_URL', { baseURL: `http://127.0.0.1:${await closedPort()}/api/v3`, maxRetries: 1 });
    const error = await failure<APIConnectionError>(client.tenants.list());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/^GET \/tenants: Connection error: .*ECONNREFUSED/);
  });

  it('errors.idempotency_key_exposed: an error of a POST exposes the Idempotency-Key it sent', async () => {
    const direct = clientFor(adminKey, 'COGNITIONOS_DIRECT_BASE_URL');
    const { transport, exchanges } = recordingTransport();
    const generated = await failure<APIError>(clientFor(adminKey, 'COGNITIONOS_DIRECT_BASE_URL', { transport }).tenants.create({ name: '' }));
    expect(generated.idempotencyKey).toBeTruthy();
    expect(generated.idempotencyKey).toBe(exchanges[0]!.headers.get('idempotency-key'));
    const own = unique('own');
    expect((await failure<APIError>(direct.tenants.create({ name: '' }, { idempotencyKey: own }))).idempotencyKey).toBe(own);
  });
});
