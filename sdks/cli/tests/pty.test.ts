// Generated from generators/cli/tests/pty.test.ts by generators/cli. Do not edit: change generators/cli/tests/pty.test.ts or the generator.
// The CLI on a terminal: a table (bold header unless NO_COLOR), the --wait progress line on stderr,
// the confirmation of a destructive verb, and `auth login`'s prompt that does not echo the key.
import { mkdtempSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../test/support/server.ts';
import { plain, runInPty } from './pty.js';

let server: RunningServer;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startServer();
  const home = mkdtempSync(join(tmpdir(), 'cli-pty-'));
  env = { COGNITIONOS_BASE_URL: server.baseUrl, COGNITIONOS_API_KEY: server.adminKey, HOME: home, XDG_CONFIG_HOME: home };
}, 60_000);

afterAll(() => server?.stop());

describe('on a terminal', () => {
  it('prints a table with a bold header, and plain text with NO_COLOR', async () => {
    const tenant = await server.adminPost('/tenants', { name: 'pty-table' });
    const run = await runInPty(['tenants', 'list', '--limit', '100'], env);
    expect(run.code).toBe(0);
    expect(run.screen).toContain('\u001b[1mID');
    const rows = plain(run.screen).split('\n');
    expect(rows[0]).toMatch(/^ID +NAME +SLUG +STATUS/);
    expect(rows.find((row) => row.startsWith(tenant.id))).toMatch(/pty-table +pty-table +active/);
    const noColor = await runInPty(['tenants', 'list'], { ...env, NO_COLOR: '1' });
    expect(noColor.screen).not.toContain('\u001b[1m');
  });

  it('--wait draws a progress line (status, step, elapsed) and ends with the execution', async () => {
    const tenant = await server.adminPost('/tenants', { name: 'pty-wait' });
    const key = await server.adminPost(`/tenants/${tenant.id}/api_keys`, { name: 'pty' });
    const workflow = await fetch(`${server.baseUrl}/workflows`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'slow', steps: [{ type: 'delay', duration_ms: 1500 }] }),
    }).then((r) => r.json());
    const run = await runInPty(['workflows', 'executions', 'create', workflow.id, '--wait', '--format', 'json'], { ...env, COGNITIONOS_API_KEY: key.secret });
    expect(run.code).toBe(0);
    expect(run.screen).toMatch(/\r\u001b\[2K(queued|running) · step 1\/1 delay · \d+\.\ds/);
    expect(plain(run.screen)).toMatch(/succeeded after \d+\.\ds/);
    expect(plain(run.screen)).toContain('"status": "succeeded"');
  });

  it('asks before a destructive verb: no keeps the tenant (exit 1), yes deletes it', async () => {
    const tenant = await server.adminPost('/tenants', { name: 'pty-confirm' });
    const declined = await runInPty(['tenants', 'delete', tenant.id], env, [{ when: /\[y\/N\] /, type: 'n\r' }]);
    expect(plain(declined.screen)).toContain(`delete tenants ${tenant.id}? [y/N]`);
    expect(declined.code).toBe(1);
    expect((await fetch(`${server.baseUrl}/tenants/${tenant.id}`, { headers: { authorization: `Bearer ${server.adminKey}` } })).status).toBe(200);
    const accepted = await runInPty(['tenants', 'delete', tenant.id], env, [{ when: /\[y\/N\] /, type: 'y\r' }]);
    expect(accepted.code).toBe(0);
    expect((await fetch(`${server.baseUrl}/tenants/${tenant.id}`, { headers: { authorization: `Bearer ${server.adminKey}` } })).status).toBe(404);
  });

  it('auth login reads the key without echo, checks it, and stores it 0600; status shows only a prefix', async () => {
    const { COGNITIONOS_API_KEY: key, ...noKey } = env;
    const login = await runInPty(['auth', 'login', '--profile', 'ops'], noKey, [{ when: /API key: $/, type: `${key}\r` }]);
    expect(login.code).toBe(0);
    expect(login.screen).not.toContain(key);
    const file = join(env.XDG_CONFIG_HOME!, 'cognitionos', 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles.ops).toEqual({ api_key: key, base_url: server.baseUrl });
    const status = await runInPty(['auth', 'status', '--profile', 'ops'], { HOME: noKey.HOME!, XDG_CONFIG_HOME: noKey.XDG_CONFIG_HOME! });
    expect(status.screen).not.toContain(key);
    expect(plain(status.screen)).toContain(`api key:  ${key!.slice(0, 8)}… (from profile)`);
    const listed = await runInPty(['tenants', 'list', '--profile', 'ops', '--format', 'json'], { HOME: noKey.HOME!, XDG_CONFIG_HOME: noKey.XDG_CONFIG_HOME! });
    expect(listed.code).toBe(0);
    const wrong = await runInPty(['auth', 'login', '--profile', 'bad'], noKey, [{ when: /API key: $/, type: 'cog_wrong_000000000000\r' }]);
    expect(wrong.code).toBe(4);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles.bad).toBeUndefined();
  });
});
