// Generated from generators/cli/contract/resilience.test.ts by generators/cli. Do not edit: change generators/cli/contract/resilience.test.ts or the generator.
// Idempotency, retries, paths, compatibility and the fault run, through the command line: the SDK
// underneath does the work, these tests prove the CLI hands it through (flags, exit codes).
import { describe, expect, it } from 'vitest';
import { cli, env, lines, newTenant, ok, pool, recorder, unique } from './environment.js';

describe('idempotency, retries, paths, compatibility, faults', () => {
  it('idempotency.replay: two creates with one --idempotency-key return one object, the second a replay', async () => {
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      const idempotencyKey = unique('replay');
      const name = unique('replayed');
      const first = await ok(['tenants', 'create', '--name', name, '--idempotency-key', idempotencyKey], { baseUrl: proxy.baseUrl });
      const second = await ok(['tenants', 'create', '--name', name, '--idempotency-key', idempotencyKey], { baseUrl: proxy.baseUrl });
      expect(second).toEqual(first);
      expect(proxy.exchanges.map((e) => e.responseHeaders?.['idempotent-replayed'])).toEqual([undefined, 'true']);
    } finally {
      await proxy.close();
    }
  });

  it('retries.rate_limit: a 429 is waited out per Retry-After and the command then succeeds', async () => {
    const proxy = await recorder(env.COGNITIONOS_LIMITED_BASE_URL);
    try {
      const runs = await Promise.all(Array.from({ length: 6 }, () => cli(['tenants', 'list', '--limit', '1', '--max-retries', '4'], { baseUrl: proxy.baseUrl })));
      expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
      const limitedAt = proxy.exchanges.findIndex((e) => e.status === 429);
      expect(limitedAt, 'the burst met the 3/1 s limit').toBeGreaterThanOrEqual(0);
      const waited = proxy.exchanges[limitedAt]!;
      const retryAfter = Number(waited.responseHeaders!['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      const retry = proxy.exchanges.find((e, i) => i > limitedAt && e.headers['cognitionos-retry-count'] !== undefined)!;
      expect(retry.sentAt - waited.sentAt).toBeGreaterThanOrEqual(retryAfter * 1000 - 50);
    } finally {
      await proxy.close();
    }
  });

  it('retries.timeout: a request slower than --timeout exits 7 with the timeout message', async () => {
    const run = await cli(['tenants', 'list', '--timeout', '300', '--max-retries', '0'], { server: 'COGNITIONOS_SLOW_BASE_URL' });
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/timed out after 300 ms/);
  });

  it('retries.idempotency_key_stable: every retry of one POST carries the same key, CognitionOS-Retry-Count 1, 2', async () => {
    const proxy = await recorder(env.COGNITIONOS_SLOW_BASE_URL);
    try {
      const name = unique('stable');
      const run = await cli(['tenants', 'create', '--name', name, '--timeout', '400', '--max-retries', '2'], { baseUrl: proxy.baseUrl });
      expect(run.code).toBe(7);
      expect(proxy.exchanges.map((e) => e.headers['cognitionos-retry-count'])).toEqual([undefined, '1', '2']);
      const keys = new Set(proxy.exchanges.map((e) => e.headers['idempotency-key']));
      expect(keys.size).toBe(1);
      const [key] = [...keys] as string[];
      expect(run.stderr).toContain(`--idempotency-key ${key}`);
      // The server stored the tenant once: the same key replays it rather than creating another.
      await ok(['tenants', 'create', '--name', name, '--idempotency-key', key!, '--timeout', '10000'], { baseUrl: proxy.baseUrl });
      expect(proxy.exchanges.at(-1)!.responseHeaders!['idempotent-replayed']).toBe('true');
      const all = lines(await cli(['tenants', 'list', '--limit', '100', '--all', '--format', 'jsonl', '--timeout', '10000'], { server: 'COGNITIONOS_SLOW_BASE_URL' }));
      expect(all.filter((t) => t.name === name)).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it("paths.dot_segments: '', '.', '..' ids are refused before any request (exit 2, naming the id); the tenant survives", async () => {
    const { tenant } = await newTenant();
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      for (const id of ['', '.', '..']) {
        const run = await cli(['tenants', 'api-keys', 'revoke', tenant.id, id, '--yes'], { baseUrl: proxy.baseUrl });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('key_id');
      }
      expect((await cli(['tenants', 'retrieve', '..'], { baseUrl: proxy.baseUrl })).code).toBe(2);
      expect(proxy.exchanges).toHaveLength(0);
    } finally {
      await proxy.close();
    }
    expect(await ok(['tenants', 'retrieve', tenant.id])).toMatchObject({ id: tenant.id, status: 'active' });
  });

  it("paths.escaped_segments: ids with '/', '%2e%2e', '?', '#' stay one segment and exit 3", async () => {
    const { tenant } = await newTenant();
    for (const id of ['a/b', '%2e%2e', '..%2f..', 'x?limit=1', 'x#y', '%2F']) {
      expect((await cli(['tenants', 'api-keys', 'retrieve', tenant.id, id])).code, `key id ${JSON.stringify(id)}`).toBe(3);
      expect((await cli(['tenants', 'api-keys', 'revoke', tenant.id, id, '--yes'])).code, `key id ${JSON.stringify(id)}`).toBe(3);
    }
    expect(await ok(['tenants', 'retrieve', tenant.id])).toMatchObject({ id: tenant.id });
  });

  it('compat.newer_server: undeclared field, enum value and step type read fine and stay in the output', async () => {
    const server = 'COGNITIONOS_NEWER_BASE_URL' as const;
    const { tenant, apiKey: key } = await newTenant(server);
    const read = await ok(['tenants', 'retrieve', tenant.id], { server });
    expect(read.status).toBe('archived');
    expect(read.newer_field).toBeDefined();
    const workflow = await ok(['workflows', 'create', '--name', unique('newer'), '--steps', '[{"type":"delay","duration_ms":1}]'], { server, key });
    const listed = await ok(['workflows', 'list'], { server, key });
    const fetched = await ok(['workflows', 'retrieve', workflow.id], { server, key });
    for (const steps of [workflow.steps, fetched.steps, listed.data.find((w: { id: string }) => w.id === workflow.id).steps]) {
      expect(steps.find((step: { type: string }) => step.type === 'webhook')).toEqual({ type: 'webhook', url: 'https://hooks.example/x' });
    }
    const table = await cli(['tenants', 'list', '--limit', '2', '--all', '--format', 'table'], { server });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('archived');
  });

  it('faults.no_loss_no_duplicate: 100 creates under injected faults are each stored exactly once', async () => {
    const { tenant, apiKey: key } = await newTenant('COGNITIONOS_FAULTFREE_BASE_URL');
    const markers = Array.from({ length: 100 }, (_, i) => `${unique('fault')}-${i}`);
    const runs = await pool(markers, 16, (content) => cli(['memories', 'create', '--scope', 'private', '--content', content, '--max-retries', '10', '--timeout', '1000'], { server: 'COGNITIONOS_FAULTY_BASE_URL', key }));
    expect(runs.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    const stored = new Map<string, number>();
    for (const memory of lines(await cli(['memories', 'list', '--limit', '100', '--all', '--format', 'jsonl'], { server: 'COGNITIONOS_FAULTFREE_BASE_URL', key }))) {
      stored.set(memory.content, (stored.get(memory.content) ?? 0) + 1);
    }
    expect(markers.filter((m) => stored.get(m) !== 1), `tenant ${tenant.id}: lost or duplicated`).toEqual([]);
    expect(stored.size).toBe(100);
    // A hundred processes, each meeting delays and dropped connections: longer than one test's default.
  }, 300_000);
});

