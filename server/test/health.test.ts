// GET /health: public, answers the spec version and a store check; other methods are 405.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SPEC_VERSION } from '../../spec/src/index.ts';
import { createApp } from '../src/app.ts';
import { createLogger } from '../src/http/access-log.ts';
import { client, expectProblem, useServer } from './support.ts';

const ctx = useServer();

describe('health.check', () => {
  it('answers ok with the spec version, uptime and store status, without a key', async () => {
    const reply = await client(ctx.server.baseUrl).get('/health');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.body).toEqual({ status: 'ok', version: SPEC_VERSION, uptime_seconds: expect.any(Number), store: 'ok' });
    expect(reply.body.uptime_seconds).toBeGreaterThanOrEqual(0);
  });

  it('ignores a key it does not need, even an unknown one', async () => {
    const reply = await client(ctx.server.baseUrl, 'cog_not_a_real_key_at_all').get('/health');
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('ok');
  });

  it('carries no rate-limit fields, being public', async () => {
    const reply = await client(ctx.server.baseUrl).get('/health');
    expect(reply.headers.get('ratelimit')).toBeNull();
    expect(reply.headers.get('ratelimit-policy')).toBeNull();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s /health is 405 with Allow: GET, HEAD', async (method) => {
    const reply = await client(ctx.server.baseUrl).call(method, '/health');
    expectProblem(reply, 405);
    expect(reply.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('health.check tells the truth about the store', () => {
  it('answers 503 with store: error once the store stops answering', async () => {
    // In process, so the test can break the store under the running app.
    const running = createApp({ dbFile: ':memory:', adminKey: { given: 'cog_admin_health_test' }, rateLimit: { limit: 100, windowSeconds: 60 }, faults: null, newer: false, idempotencyRetentionMs: 60_000, logger: createLogger('silent', false) });
    const server = running.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const api = client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`);
    try {
      expect((await api.get('/health')).status).toBe(200);
      running.store.db.close();
      const reply = await api.get('/health');
      expect(reply.status).toBe(503);
      expect(reply.headers.get('x-should-retry')).toBe('true');
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.body).toEqual({ status: 'degraded', version: SPEC_VERSION, uptime_seconds: expect.any(Number), store: 'error' });
    } finally {
      server.close();
      running.close();
    }
  });
});
