// Errors as a script sees them: the documented exit code, the problem's title, detail, field errors
// and request id on stderr (the problem object with --format json), never the key.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { adminKey, cli, env, newTenant, ok, recorder, unique } from './environment.js';

/** A local port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('errors', () => {
  it('errors.bad_request: bad input exits 5 and names the offending field', async () => {
    // Sent past the validating proxy: it would refuse this out-of-spec request itself.
    const empty = await cli(['tenants', 'create', '--name', '', '--format', 'json'], { server: 'COGNITIONOS_DIRECT_BASE_URL' });
    expect(empty.code).toBe(5);
    const problem = JSON.parse(empty.stderr);
    expect([400, 422]).toContain(problem.status);
    expect(problem.errors.map((e: { path: string }) => e.path).join(' ')).toContain('name');
    const unknownField = await cli(['tenants', 'create', '--data', '{"name":"x","colour":"red"}'], { server: 'COGNITIONOS_DIRECT_BASE_URL' });
    expect(unknownField.code).toBe(5);
    expect(unknownField.stderr).toContain('colour');
    // A bad value never leaves the machine: exit 2, naming the flag and the expected form.
    const usage = await cli(['tenants', 'update', 'ten_x', '--status', 'sleeping']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--status.*active, suspended/);
  });

  it('errors.not_found: an unknown id exits 3 with the 404 problem', async () => {
    const run = await cli(['tenants', 'retrieve', 'ten_doesnotexist0000000000000', '--format', 'json']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ status: 404, title: expect.any(String) });
  });

  it('errors.authentication: a wrong key exits 4 with the 401 problem', async () => {
    const run = await cli(['tenants', 'list'], { key: 'cog_wrong_key_000000000000' });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^error: (GET \/tenants: )?401 /);
  });

  it("errors.tenant_isolation: another tenant's object exits 3 (not found), never 4", async () => {
    const [owner, stranger] = [await newTenant(), await newTenant()];
    const memory = await ok(['memories', 'create', '--scope', 'private', '--content', unique('secret')], { key: owner.apiKey });
    const workflow = await ok(['workflows', 'create', '--name', unique('wf'), '--steps', '[{"type":"delay","duration_ms":1}]'], { key: owner.apiKey });
    for (const args of [['memories', 'retrieve', memory.id], ['workflows', 'retrieve', workflow.id], ['memories', 'delete', memory.id, '--yes']]) {
      expect((await cli(args, { key: stranger.apiKey })).code, args.join(' ')).toBe(3);
    }
    expect(await ok(['memories', 'retrieve', memory.id], { key: owner.apiKey })).toMatchObject({ id: memory.id });
  });

  it('errors.request_id: every error names the X-Request-Id of its response', async () => {
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      for (const [args, key] of [[['tenants', 'retrieve', 'ten_missing00000000000000000'], adminKey], [['tenants', 'list'], 'cog_wrong_key_000000000000']] as const) {
        const before = proxy.exchanges.length;
        const run = await cli([...args], { baseUrl: proxy.baseUrl, key });
        const requestId = proxy.exchanges[before]!.responseHeaders!['x-request-id'] as string;
        expect(requestId).toMatch(/\S/);
        expect(run.stderr).toContain(`(request ${requestId})`);
        const json = await cli([...args, '--format', 'json'], { key });
        expect(JSON.parse(json.stderr).request_id).toMatch(/\S/);
      }
    } finally {
      await proxy.close();
    }
  });

  it('errors.no_key_in_text: no output, in any format, contains the API key', async () => {
    const wrongKey = `cog_${unique('wrongkey').replace('-', '')}`;
    const session = await newTenant();
    const runs = [
      await cli(['tenants', 'list'], { key: wrongKey }),
      await cli(['tenants', 'list', '--format', 'json'], { key: wrongKey }),
      await cli(['tenants', 'list', '--api-key', wrongKey, '--format', 'yaml']),
      await cli(['tenants', 'retrieve', 'ten_missing00000000000000000'], { key: session.apiKey }),
      await cli(['memories', 'create', '--scope', 'private', '--content', 'x', '--dry-run', '--format', 'table'], { key: session.apiKey }),
      await cli(['auth', 'status'], { key: session.apiKey }),
    ];
    for (const run of runs) {
      expect(`${run.stdout}${run.stderr}`).not.toContain(wrongKey);
      expect(`${run.stdout}${run.stderr}`).not.toContain(session.apiKey);
    }
    expect(runs[4]!.stdout).toMatch(/^POST .*\/memories\n/);
    expect(runs[4]!.stdout).toContain('[redacted]');
  });

  it('errors.connection_refused: a refused connection exits 7 and names the cause, not a timeout', async () => {
    const run = await cli(['tenants', 'list', '--max-retries', '1'], { baseUrl: `http://127.0.0.1:${await closedPort()}/api/v3` });
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/Connection error: .*ECONNREFUSED/);
    expect(run.stderr).not.toMatch(/timed out/i);
  });

  it('errors.idempotency_key_exposed: an error of a POST names the Idempotency-Key it sent', async () => {
    const proxy = await recorder(env.COGNITIONOS_DIRECT_BASE_URL);
    try {
      const generated = await cli(['tenants', 'create', '--name', ''], { baseUrl: proxy.baseUrl });
      expect(generated.code).toBe(5);
      const sent = proxy.exchanges[0]!.headers['idempotency-key'] as string;
      expect(sent).toMatch(/\S/);
      expect(generated.stderr).toContain(sent);
      const own = unique('own');
      const mine = await cli(['tenants', 'create', '--name', '', '--idempotency-key', own, '--format', 'json'], { baseUrl: proxy.baseUrl });
      expect(JSON.parse(mine.stderr).idempotency_key).toBe(own);
    } finally {
      await proxy.close();
    }
  });
});
