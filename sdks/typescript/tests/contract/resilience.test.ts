// Generated from generators/typescript/contract/resilience.test.ts by generators/typescript. Do not edit: change generators/typescript/contract/resilience.test.ts or the generator.
import { beforeAll, describe, expect, it } from 'vitest';
import { APITimeoutError } from '../../src/index.js';
import { admin, adminKey, clientFor, expectSpecVersion, failure, newTenant, recordingTransport, unique } from './environment.js';

beforeAll(() => expectSpecVersion());

describe('idempotency, retries, compatibility, faults', () => {
  it('idempotency.replay: two creates with one explicit Idempotency-Key return one object, the second a replay', async () => {
    const idempotencyKey = unique('replay');
    const params = { name: unique('replayed') };
    const first = await admin.tenants.create(params, { idempotencyKey }).withResponse();
    const second = await admin.tenants.create(params, { idempotencyKey }).withResponse();
    expect(second.data).toEqual(first.data);
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    expect(first.response.headers.get('idempotent-replayed')).not.toBe('true');
  });

  it('retries.rate_limit: a 429 is waited out per Retry-After and the call then succeeds', async () => {
    const { transport, exchanges } = recordingTransport();
    const limited = clientFor(adminKey, 'COGNITIONOS_LIMITED_BASE_URL', { transport, maxRetries: 4 });
    const pages = await Promise.all(Array.from({ length: 6 }, () => limited.tenants.list({ limit: 1 })));
    expect(pages).toHaveLength(6);
    const limitedAt = exchanges.findIndex((e) => e.status === 429);
    expect(limitedAt, 'the burst met the 3/1 s limit').toBeGreaterThanOrEqual(0);
    const waited = exchanges[limitedAt]!;
    expect(Number(waited.retryAfter)).toBeGreaterThan(0);
    const retry = exchanges.find((e, i) => i > limitedAt && e.headers.has('cognitionos-retry-count'))!;
    expect(retry.sentAt - waited.sentAt).toBeGreaterThanOrEqual(Number(waited.retryAfter) * 1000 - 50);
  });

  it('retries.timeout: a request slower than the client timeout ends in the Timeout error', async () => {
    // The slow server's answer (after 1.5 s) is a success: only the client's timeout can fail the call.
    const slow = clientFor(adminKey, 'COGNITIONOS_SLOW_BASE_URL', { timeout: 300, maxRetries: 0 });
    expect(await failure(slow.tenants.list())).toBeInstanceOf(APITimeoutError);
  });

  it('retries.idempotency_key_stable: every retry of one POST carries the same key, CognitionOS-Retry-Count 1, 2, ...', async () => {
    const { transport, exchanges } = recordingTransport();
    // Every answer of the slow server takes 1.5 s, so each attempt times out and is retried.
    const slow = clientFor(adminKey, 'COGNITIONOS_SLOW_BASE_URL', { transport, timeout: 400, maxRetries: 2 });
    const name = unique('stable');
    expect(await failure(slow.tenants.create({ name }))).toBeInstanceOf(APITimeoutError);
    expect(exchanges.map((e) => e.headers.get('cognitionos-retry-count'))).toEqual([null, '1', '2']);
    const keys = new Set(exchanges.map((e) => e.headers.get('idempotency-key')));
    expect(keys.size).toBe(1);
    // The server stored the tenant once: the same key replays it rather than creating another.
    const patient = clientFor(adminKey, 'COGNITIONOS_SLOW_BASE_URL', { timeout: 10_000 });
    const replay = await patient.tenants.create({ name }, { idempotencyKey: [...keys][0]! }).withResponse();
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    let named = 0;
    for await (const tenant of patient.tenants.list({ limit: 100 })) if (tenant.name === name) named++;
    expect(named).toBe(1);
  });

  it('compat.newer_server: undeclared field, enum value and step type read fine and stay reachable', async () => {
    const newerAdmin = clientFor(adminKey, 'COGNITIONOS_NEWER_BASE_URL');
    const { tenant, client } = await newTenant('COGNITIONOS_NEWER_BASE_URL');
    const read = await newerAdmin.tenants.retrieve(tenant.id);
    expect(read.status).toBe('archived');
    expect((read as Record<string, unknown>).newer_field).toBeDefined();
    const workflow = await client.workflows.create({ name: unique('newer'), steps: [{ type: 'delay', duration_ms: 1 }] });
    const listed = await client.workflows.list();
    const fetched = await client.workflows.retrieve(workflow.id);
    for (const steps of [workflow.steps, fetched.steps, listed.data.find((w) => w.id === workflow.id)!.steps]) {
      const unknownStep = steps.find((step) => (step.type as string) === 'webhook') as Record<string, unknown> | undefined;
      expect(unknownStep).toEqual({ type: 'webhook', url: 'https://hooks.example/x' });
    }
    const tenants: string[] = [];
    for await (const t of newerAdmin.tenants.list({ limit: 2 })) tenants.push(t.status);
    expect(tenants).toContain('archived');
  });

  it('faults.no_loss_no_duplicate: 100 creates under injected faults are each stored exactly once', async () => {
    const { tenant, apiKey } = await newTenant('COGNITIONOS_FAULTFREE_BASE_URL');
    const faulty = clientFor(apiKey, 'COGNITIONOS_FAULTY_BASE_URL', { maxRetries: 10, timeout: 1_000 });
    const markers = Array.from({ length: 100 }, (_, i) => `${unique('fault')}-${i}`);
    for (let batch = 0; batch < markers.length; batch += 10) {
      await Promise.all(markers.slice(batch, batch + 10).map((content) => faulty.memories.create({ scope: 'private', content })));
    }
    const stored = new Map<string, number>();
    for await (const memory of clientFor(apiKey, 'COGNITIONOS_FAULTFREE_BASE_URL').memories.list({ limit: 100 })) {
      stored.set(memory.content, (stored.get(memory.content) ?? 0) + 1);
    }
    expect(markers.filter((m) => stored.get(m) !== 1), `tenant ${tenant.id}: lost or duplicated`).toEqual([]);
    expect(stored.size).toBe(100);
  });
});
