// SIGUSR2 drops the tenant cache of a running server (the chaos run's cache failure): the server keeps
// running, and the next read comes from the file. Proved with a change the cache cannot know of: a
// tenant renamed in the file by another process (which the README forbids for this reason).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { client, newTenant, waitUntil, type Client } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'cognitionos-cache-drop-'));
const file = join(dir, 'api.db');
let server: RunningServer;
let admin: Client;

beforeAll(async () => {
  server = await startServer({ env: { COGNITIONOS_DB: file } });
  admin = client(server.baseUrl, server.adminKey);
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

function renameInFile(id: string, name: string) {
  const other = new Database(file);
  try {
    other.prepare("UPDATE tenants SET name = ?, json = json_set(json, '$.name', ?) WHERE id = ?").run(name, name, id);
  } finally {
    other.close();
  }
}

describe('SIGUSR2', () => {
  it('drops the tenant cache: the next read of a tenant comes from the file, and the server keeps serving', async () => {
    const { tenant, api } = await newTenant(admin, server.baseUrl, 'Cached');
    expect((await admin.get(`/tenants/${tenant.id}`)).body.name).toBe('Cached'); // now cached
    renameInFile(tenant.id, 'Renamed in the file');
    expect((await admin.get(`/tenants/${tenant.id}`)).body.name).toBe('Cached'); // the cache's copy
    process.kill(server.pid, 'SIGUSR2');
    // The signal arrives asynchronously; no deadline of our own, the test's timeout bounds the wait.
    const reply = await waitUntil(() => admin.get(`/tenants/${tenant.id}`), (r) => r.body?.name !== 'Cached');
    expect(reply.status).toBe(200);
    expect(reply.body.name).toBe('Renamed in the file');
    expect((await api.get('/memories')).status).toBe(200);
  });
});
