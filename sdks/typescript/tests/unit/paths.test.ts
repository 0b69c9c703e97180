// Generated from generators/typescript/tests/unit/paths.test.ts by generators/typescript. Do not edit: change generators/typescript/tests/unit/paths.test.ts or the generator.
// Ids can never change the route: each path parameter is one encoded segment, and ids a URL parser
// would resolve away are refused before any request, naming the parameter.
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../src/index.js';
import { BASE_URL, json, newClient, seen, server, tenant } from './mock-server.js';

describe('path parameters', () => {
  it.each([
    ['', 'keyId'],
    ['.', 'keyId'],
    ['..', 'keyId'],
  ])('refuses key id %j before any request, naming %s', async (id, param) => {
    const error = await newClient().tenants.apiKeys.revoke('ten_1', id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain(param);
    expect((error as BadRequestError).problem?.errors).toEqual([{ path: `path.${param}`, message: (error as Error).message }]);
    expect(seen).toHaveLength(0);
  });

  it('rejects the promise rather than throwing synchronously', () => {
    const call = newClient().tenants.retrieve('..');
    expect(typeof call.then).toBe('function');
    return expect(call).rejects.toBeInstanceOf(BadRequestError);
  });

  it.each([
    ['a/b', '/api/v3/tenants/a%2Fb'],
    ['%2e%2e', '/api/v3/tenants/%252e%252e'],
    ['a?b', '/api/v3/tenants/a%3Fb'],
    ['a#b', '/api/v3/tenants/a%23b'],
    ['...', '/api/v3/tenants/...'],
  ])('sends %j as one segment: %s', async (id, pathname) => {
    server.use(http.get(`${BASE_URL}/tenants/:id`, () => json(tenant)));
    await newClient().tenants.retrieve(id);
    expect(seen[0]!.url.pathname).toBe(pathname);
  });
});

describe('caller headers', () => {
  it.each(['idempotency-key', 'IDEMPOTENCY-KEY', 'Idempotency-Key'])('a %s header replaces the generated key', async (name) => {
    server.use(http.post(`${BASE_URL}/tenants`, () => json(tenant, 201)));
    await newClient().tenants.create({ name: 'A' }, { headers: { [name]: 'mine-2' } });
    expect(seen[0]!.headers.get('idempotency-key')).toBe('mine-2');
  });

  it('refuses a key with CR or LF as bad input, as a rejected promise', async () => {
    const call = newClient().tenants.create({ name: 'A' }, { idempotencyKey: 'k\r\nX-Evil: 1' });
    await expect(call).rejects.toBeInstanceOf(BadRequestError);
    expect(seen).toHaveLength(0);
  });
});
