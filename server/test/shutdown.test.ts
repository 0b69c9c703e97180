// SIGTERM is a graceful stop: requests in flight are answered (slow answers included), nothing
// acknowledged is lost, nothing written goes unanswered, and a running execution resumes after the
// next start. Answers are slowed by fault injection (a delay after the write), as in the report.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startServer } from '../../test/support/server.ts';
import { client, newTenant, waitForExecution, waitUntil } from './support.ts';

const IN_FLIGHT = 64;
const env = { COGNITIONOS_DB: join(mkdtempSync(join(tmpdir(), 'cognitionos-shutdown-')), 'api.db'), COGNITIONOS_ADMIN_KEY: 'cog_admin_shutdown_test_key' };

/** Rows written so far, read from the file as another process would (WAL lets readers in). */
function memoriesWritten(): number {
  const db = new Database(env.COGNITIONOS_DB, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM memories WHERE content LIKE 'in flight %'").pluck().get() as number;
  } finally {
    db.close();
  }
}

it('SIGTERM answers every request in flight, loses nothing acknowledged, and resumes a running execution', async () => {
  // 1. A running execution across a graceful stop.
  const first = await startServer({ env });
  const { key, api: firstApi } = await newTenant(client(first.baseUrl, first.adminKey), first.baseUrl, 'Draining');
  const steps = [{ type: 'delay', duration_ms: 1000 }, { type: 'memory_write', scope: 'private', content: 'written after a restart' }];
  const workflow = (await firstApi.post('/workflows', { name: 'spans restarts', steps })).body;
  const execution = (await firstApi.post(`/workflows/${workflow.id}/executions`, { input: {} })).body;
  const running = await waitForExecution(firstApi, workflow.id, execution.id, ['running']);
  await first.stop();

  // 2. 64 writes whose answers are slow: SIGTERM lands once all are written and none is answered yet.
  const slow = await startServer({ env: { ...env, COGNITIONOS_FAULTS: 'rate=1,kinds=delay,delay_ms=1500' } });
  const api = client(slow.baseUrl, key.secret);
  const keys = Array.from({ length: IN_FLIGHT }, () => randomUUID());
  const body = (i: number) => ({ scope: 'private', content: `in flight ${i}` });
  const sent = keys.map((k, i) => api.post('/memories', body(i), { 'idempotency-key': k }).catch((error: Error) => error));
  await waitUntil(async () => memoriesWritten(), (count) => count === IN_FLIGHT);
  await slow.stop();
  const replies = await Promise.all(sent);
  expect(replies.map((reply) => (reply instanceof Error ? `${reply.message}: ${reply.cause}` : reply.status))).toEqual(Array(IN_FLIGHT).fill(201));

  // 3. After the next start: every acknowledged write is there once, and the execution finished.
  const after = await startServer({ env });
  try {
    const afterApi = client(after.baseUrl, key.secret);
    const retried = await Promise.all(keys.map((k, i) => afterApi.post('/memories', body(i), { 'idempotency-key': k })));
    expect(retried.map((reply) => reply.headers.get('idempotent-replayed'))).toEqual(Array(IN_FLIGHT).fill('true'));
    expect(retried.map((reply) => reply.body.id)).toEqual(replies.map((reply) => (reply as { body: { id: string } }).body.id));
    const done = await waitForExecution(afterApi, workflow.id, execution.id);
    expect(done).toMatchObject({ status: 'succeeded', error: null, started_at: running.started_at });
    expect((await afterApi.get(`/memories/${done.output.memory_ids[0]}`)).body.content).toBe('written after a restart');
  } finally {
    await after.stop();
  }
}, 60_000);
