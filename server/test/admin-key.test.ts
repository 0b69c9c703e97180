// The admin key across restarts (issue 22 item 6): made and shown once at the first start on a
// database, kept there as a hash only, the same key after a restart, replaced by a rotation (the old
// one then answers 401); COGNITIONOS_ADMIN_KEY, when set, is the key. The start-up lines say what the
// admin key is for and how to make a tenant key; a tenant call made with the admin key says so too.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../test/support/server.ts';
import { hashKey } from '../src/store/api-keys.ts';
import { client, expectProblem } from './support.ts';

const dbFile = join(mkdtempSync(join(tmpdir(), 'cognitionos-admin-key-')), 'api.db');
const ADMIN_KEY_LINE = /Admin key\s+(.*)/;
const SHOWN_KEY = /Admin key\s+(cog_admin_\w+)/;

/** A start on the test's database, without COGNITIONOS_ADMIN_KEY unless given; stopped after `run`. */
async function withServer<T>(env: Record<string, string>, run: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer({ env: { COGNITIONOS_DB: dbFile, COGNITIONOS_ADMIN_KEY: '', ...env } });
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

/** What the database holds of the admin key. */
function storedHashes(): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare<[], string>('SELECT hash FROM admin_key').pluck().all();
  } finally {
    db.close();
  }
}

/** The status a GET /tenants answers with this key. */
const tenantsStatus = async (server: RunningServer, key: string) => (await client(server.baseUrl, key).get('/tenants')).status;

// Each test starts a server (a child process), one or two times: bounded by what a start takes on a busy machine.
const STARTS_TIMEOUT_MS = 60_000;

describe('the admin key across restarts on one database', { timeout: STARTS_TIMEOUT_MS }, () => {
  const keys = { first: '', rotated: '' };

  it('is made and shown once at the first start, with what it is for and how to make a tenant key', async () => {
    await withServer({}, async (server) => {
      keys.first = SHOWN_KEY.exec(server.output())?.[1] ?? '';
      expect(keys.first).toMatch(/^cog_admin_[0-9a-f]{40}$/);
      expect(await tenantsStatus(server, keys.first)).toBe(200);
      expect(server.output()).toContain('The admin key manages tenants; workflow, memory and usage calls need a tenant key');
      expect(server.output()).toContain('npx cognition-cli tenants api-keys create <tenant_id> --name dev');
      expect(server.output()).toContain(`export COGNITIONOS_BASE_URL=${server.baseUrl} COGNITIONOS_API_KEY=<admin key>`);
      // The admin key's first mistake, a tenant call, is answered with the way to a tenant key.
      const reply = await client(server.baseUrl, keys.first).get('/workflows');
      expectProblem(reply, 403);
      expect(reply.body.detail).toContain('This operation needs a tenant key; the admin key manages tenants.');
      expect(reply.body.detail).toContain('POST /tenants/{tenant_id}/api_keys');
      expect(reply.body.detail).toContain('cognition-cli tenants api-keys create <tenant_id> --name dev');
    });
  });

  it('is kept as its hash only', () => {
    expect(storedHashes()).toEqual([hashKey(keys.first)]);
    expect(readFileSync(dbFile).includes(keys.first)).toBe(false);
  });

  it('still works after a restart, which shows no key and says how to get a new one', async () => {
    await withServer({}, async (server) => {
      expect(await tenantsStatus(server, keys.first)).toBe(200);
      expect(server.output()).not.toMatch(SHOWN_KEY);
      expect(ADMIN_KEY_LINE.exec(server.output())?.[1]).toBe(
        `the one printed at the first start on ${dbFile} (only its hash is kept). Lost it? npm start -- --rotate-admin-key (or COGNITIONOS_ROTATE_ADMIN_KEY=1) prints a new one and retires it.`,
      );
    });
  });

  it('is the given one while COGNITIONOS_ADMIN_KEY is set; the stored one is left as it is', async () => {
    const given = 'cog_admin_given_by_the_environment';
    await withServer({ COGNITIONOS_ADMIN_KEY: given }, async (server) => {
      expect(await tenantsStatus(server, given)).toBe(200);
      expect(await tenantsStatus(server, keys.first)).toBe(401);
      expect(ADMIN_KEY_LINE.exec(server.output())?.[1]).toBe('from COGNITIONOS_ADMIN_KEY');
    });
    expect(storedHashes()).toEqual([hashKey(keys.first)]);
  });

  it('is replaced by a rotation: the new key is shown once and works, the old one answers 401', async () => {
    await withServer({ COGNITIONOS_ROTATE_ADMIN_KEY: '1' }, async (server) => {
      keys.rotated = SHOWN_KEY.exec(server.output())?.[1] ?? '';
      expect(keys.rotated).toMatch(/^cog_admin_[0-9a-f]{40}$/);
      expect(keys.rotated).not.toBe(keys.first);
      expect(server.output()).toContain('the previous admin key answers 401 from now on');
      expect(await tenantsStatus(server, keys.rotated)).toBe(200);
      expect(await tenantsStatus(server, keys.first)).toBe(401);
    });
    // What the next start uses (shown by the restart test above): the rotated key, in place of the first.
    expect(storedHashes()).toEqual([hashKey(keys.rotated)]);
  });
});
