// Generated from generators/mcp/contract/errors.test.ts by generators/mcp. Do not edit: change it there.
// Scenarios of the catalogue as MCP tool calls: errors as tool results, idempotency, paths,
// retries, forward compatibility and the fault run. The two scenarios about the headers of each
// attempt are not applicable here (scenarios.json says why): a tool call sets no headers.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminKey, closedPort, mcp, newTenant, unique, type Tools } from './environment.ts';

let admin: Tools;
beforeAll(async () => {
  admin = await mcp(adminKey);
});

describe('errors as tool results', () => {
  it('errors.bad_request: bad input names the offending field', async () => {
    // Sent past the validating proxy: it would refuse this out-of-spec request itself.
    const direct = await mcp(adminKey, 'COGNITIONOS_DIRECT_BASE_URL');
    expect(await direct.failure('tenants_create', { name: '' })).toMatch(/^BadRequestError: (.*: )?400 [\s\S]*^body\.name: /m);
    expect(await direct.failure('tenants_create', { name: 'x', colour: 'red' })).toMatch(/colour/);
  });

  it('errors.not_found: an unknown id is NotFound, status 404', async () => {
    expect(await admin.failure('tenants_retrieve', { tenant_id: 'ten_doesnotexist0000000000000' })).toMatch(/^NotFoundError: (.*: )?404 /);
  });

  it('errors.authentication: a wrong key is Authentication, status 401', async () => {
    expect(await (await mcp('cog_wrong_key_000000000000')).failure('tenants_list')).toMatch(/^AuthenticationError: (.*: )?401 /);
  });

  it("errors.tenant_isolation: another tenant's object is NotFound, never PermissionDenied", async () => {
    const [owner, stranger] = [await newTenant(admin), await newTenant(admin)];
    const memory = await owner.tools.call('memories_create', { scope: 'private', content: unique('secret') });
    const workflow = await owner.tools.call('workflows_create', { name: unique('wf'), steps: [{ type: 'delay', duration_ms: 1 }] });
    for (const [tool, args] of [['memories_retrieve', { memory_id: memory.id }], ['workflows_retrieve', { workflow_id: workflow.id }], ['memories_delete', { memory_id: memory.id }]] as const) {
      expect(await stranger.tools.failure(tool, args)).toMatch(/^NotFoundError: (.*: )?404 /);
    }
  });

  it('errors.request_id: every error result carries the X-Request-Id of its response', async () => {
    const texts = [await admin.failure('tenants_retrieve', { tenant_id: 'ten_missing00000000000000000' }), await (await mcp('cog_wrong_key_000000000000')).failure('tenants_list')];
    for (const text of texts) expect(text).toMatch(/^request id: req_\w+$/m);
  });

  it('errors.no_key_in_text: no error result contains the API key', async () => {
    const wrongKey = `cog_${unique('wrongkey').replace('-', '')}`;
    const session = await newTenant(admin);
    const cases: [string, string][] = [
      [await (await mcp(wrongKey)).failure('tenants_list'), wrongKey],
      [await session.tools.failure('memories_retrieve', { memory_id: 'mem_missing000000000000000000' }), session.apiKey],
      [await (await mcp(adminKey, 'COGNITIONOS_DIRECT_BASE_URL')).failure('tenants_create', { name: '' }), adminKey],
      [await (await mcp(wrongKey, { baseUrl: 'http://127.0.0.1:9/api/v3' }, ['--max-retries', '0'])).failure('tenants_list'), wrongKey],
    ];
    for (const [text, key] of cases) expect(text).not.toContain(key);
  });

  it('errors.connection_refused: a refused connection is the Connection error, never the Timeout error', async () => {
    const refused = await mcp(adminKey, { baseUrl: `http://127.0.0.1:${await closedPort()}/api/v3` }, ['--max-retries', '1']);
    const text = await refused.failure('tenants_list');
    expect(text).toMatch(/^APIConnectionError: (.*: )?Connection error: .*ECONNREFUSED/);
    expect(text).not.toMatch(/Timeout/);
  });
});

describe('idempotency', () => {
  it('idempotency.replay: two creates with one explicit idempotency_key return one object, stored once', async () => {
    const { tools } = await newTenant(admin);
    const key = unique('idem');
    const content = unique('once');
    const first = await tools.call('memories_create', { scope: 'private', content, idempotency_key: key });
    const second = await tools.call('memories_create', { scope: 'private', content, idempotency_key: key });
    expect(second).toEqual(first);
    const stored = (await tools.call('memories_list', { limit: 100 })).data.filter((m: { content: string }) => m.content === content);
    expect(stored).toHaveLength(1);
  });

  it('errors.idempotency_key_exposed: an error of a POST gives the Idempotency-Key it sent, the caller\'s own when given', async () => {
    const direct = await mcp(adminKey, 'COGNITIONOS_DIRECT_BASE_URL');
    expect(await direct.failure('tenants_create', { name: '' })).toMatch(/^idempotency key: \S+/m);
    const own = unique('own-key');
    expect(await direct.failure('tenants_create', { name: '', idempotency_key: own })).toContain(`idempotency key: ${own} `);
  });
});

describe('paths', () => {
  it("paths.dot_segments: '', '.', '..' ids are refused before any request; the tenant survives", async () => {
    const tenant = await admin.call('tenants_create', { name: unique('dots') });
    for (const id of ['', '.', '..']) {
      expect(await admin.failure('tenants_api_keys_revoke', { tenant_id: tenant.id, key_id: id })).toMatch(/^BadRequestError: [\s\S]*^path\.keyId: /m);
    }
    expect(await admin.call('tenants_retrieve', { tenant_id: tenant.id })).toMatchObject({ id: tenant.id });
  });

  it("paths.escaped_segments: ids with '/', '%2e%2e', '?', '#' stay one segment and answer NotFound", async () => {
    const tenant = await admin.call('tenants_create', { name: unique('escaped') });
    for (const id of ['a/b', '%2e%2e', '..%2f..', 'x?limit=1', 'x#y', '%2F']) {
      expect(await admin.failure('tenants_api_keys_retrieve', { tenant_id: tenant.id, key_id: id }), `key id ${id}`).toMatch(/^NotFoundError: (.*: )?404 /);
    }
    expect(await admin.call('tenants_retrieve', { tenant_id: tenant.id })).toMatchObject({ id: tenant.id });
  });
});

describe('retries, compatibility and faults', () => {
  it('retries.rate_limit: a burst past the limit is waited out and every call succeeds', async () => {
    const limited = await mcp(adminKey, 'COGNITIONOS_LIMITED_BASE_URL', ['--max-retries', '4']);
    const pages = await Promise.all(Array.from({ length: 6 }, () => limited.result('tenants_list', { limit: 1 })));
    expect(pages.filter((page) => page.isError)).toEqual([]);
  });

  it('retries.timeout: a request slower than the client timeout ends in the Timeout error', async () => {
    const slow = await mcp(adminKey, 'COGNITIONOS_SLOW_BASE_URL', ['--timeout-ms', '200', '--max-retries', '0']);
    expect(await slow.failure('tenants_list')).toMatch(/^APITimeoutError: /);
  });

  it('compat.newer_server: undeclared field, enum value and step type read fine and stay reachable', async () => {
    const newerAdmin = await mcp(adminKey, 'COGNITIONOS_NEWER_BASE_URL');
    const { tenant, tools } = await newTenant(newerAdmin, 'COGNITIONOS_NEWER_BASE_URL');
    const read = await newerAdmin.call('tenants_retrieve', { tenant_id: tenant.id });
    expect(read.status).toBe('archived');
    expect(read.newer_field).toBeDefined();
    const workflow = await tools.call('workflows_create', { name: unique('newer'), steps: [{ type: 'delay', duration_ms: 1 }] });
    const fetched = await tools.call('workflows_retrieve', { workflow_id: workflow.id });
    expect(fetched.steps.find((step: { type: string }) => step.type === 'webhook')).toEqual({ type: 'webhook', url: 'https://hooks.example/x' });
  });

  it('faults.no_loss_no_duplicate: 100 creates under injected faults are each stored exactly once', async () => {
    const { tenant, apiKey } = await newTenant(await mcp(adminKey, 'COGNITIONOS_FAULTFREE_BASE_URL'), 'COGNITIONOS_FAULTFREE_BASE_URL');
    const faulty = await mcp(apiKey, 'COGNITIONOS_FAULTY_BASE_URL', ['--max-retries', '10', '--timeout-ms', '1000']);
    const markers = Array.from({ length: 100 }, (_, i) => `${unique('fault')}-${i}`);
    for (let batch = 0; batch < markers.length; batch += 10) {
      const results = await Promise.all(markers.slice(batch, batch + 10).map((content) => faulty.result('memories_create', { scope: 'private', content })));
      expect(results.filter((r) => r.isError)).toEqual([]);
    }
    const stored = new Map<string, number>();
    const reader = await mcp(apiKey, 'COGNITIONOS_FAULTFREE_BASE_URL');
    let page = await reader.call('memories_list', { limit: 100 });
    for (;;) {
      for (const memory of page.data) stored.set(memory.content, (stored.get(memory.content) ?? 0) + 1);
      if (!page.has_more) break;
      page = await reader.call('memories_list', { limit: 100, cursor: page.next_cursor });
    }
    expect(markers.filter((m) => stored.get(m) !== 1), `tenant ${tenant.id}: lost or duplicated`).toEqual([]);
    expect(stored.size).toBe(100);
  });
});
