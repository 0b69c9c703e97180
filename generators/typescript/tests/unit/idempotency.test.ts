// Every POST carries an Idempotency-Key, the same one on every retry of that call.
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { answersInTurn, BASE_URL, json, newClient, problem, seen, server, tenant } from './mock-server.js';

const busy = () => problem(503, 'Unavailable', 'busy');

describe('Idempotency-Key', () => {
  it('is generated on a POST and kept across its retries', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, answersInTurn([busy, busy, () => json(tenant, 201)])));
    await newClient({ maxRetries: 2 }).tenants.create({ name: 'Acme' }, { timeout: 5_000 });
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^cognitionos-[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
  }, 10_000);

  it('differs between two calls', async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => json(tenant, 201)));
    const client = newClient();
    await client.tenants.create({ name: 'A' });
    await client.tenants.create({ name: 'B' });
    expect(seen[0]!.headers.get('idempotency-key')).not.toBe(seen[1]!.headers.get('idempotency-key'));
  });

  it("is the caller's own when given", async () => {
    server.use(http.post(`${BASE_URL}/tenants`, () => json(tenant, 201)));
    await newClient().tenants.create({ name: 'A' }, { idempotencyKey: 'order-42' });
    expect(seen[0]!.headers.get('idempotency-key')).toBe('order-42');
  });

  it('is not sent on GET', async () => {
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    await newClient().tenants.retrieve('ten_1');
    expect(seen[0]!.headers.has('idempotency-key')).toBe(false);
  });
});
