// Generated from generators/cli/contract/resources.test.ts by generators/cli. Do not edit: change generators/cli/contract/resources.test.ts or the generator.
// Every resource through the command line: the commands a user types, their JSON on stdout
// (the default when piped) and their exit codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, env, lines, newTenant, ok, unique } from './environment.js';

const specVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).description.match(/spec ([^)]+)\)/)[1];

describe('resources', () => {
  it('health.check: answers ok, the server version and a store check, without a key', async () => {
    const health = await ok(['health', 'check'], { key: null });
    expect(health).toMatchObject({ status: 'ok', store: 'ok', version: expect.any(String) });
    expect(health.uptime_seconds).toBeGreaterThanOrEqual(0);
  });

  it('spec.version: the server speaks the spec this CLI was generated from', async () => {
    const response = await fetch(`${env.COGNITIONOS_BASE_URL}/health`);
    expect(response.headers.get('cognitionos-spec-version')).toBe(specVersion);
    expect((await cli(['--help'])).stdout).toContain(`(spec ${specVersion})`);
  });

  it('tenants.crud: create, retrieve, update (name, status, metadata), delete, then NotFound', async () => {
    const name = unique('Acme');
    const created = await ok(['tenants', 'create', '--name', name, '--metadata', 'region=eu']);
    expect(created).toMatchObject({ name, status: 'active', metadata: { region: 'eu' } });
    expect(created.id).toMatch(/^ten_/);
    expect(await ok(['tenant', 'get', created.id])).toEqual(created);
    const updated = await ok(['tenants', 'update', created.id, '--name', `${name} Ltd`, '--status', 'suspended', '--metadata', '{"region":"us"}']);
    expect(updated).toMatchObject({ id: created.id, name: `${name} Ltd`, status: 'suspended', metadata: { region: 'us' } });
    const deleted = await cli(['tenants', 'delete', created.id, '--yes']);
    expect([deleted.code, deleted.stdout]).toEqual([0, '']);
    expect((await cli(['tenants', 'retrieve', created.id])).code).toBe(3);
  });

  it('tenants.list.autopaging: --all with limit 2 over 5+ tenants yields each once, in a stable order', async () => {
    const created: { id: string }[] = [];
    for (let i = 0; i < 5; i++) created.push(await ok(['tenants', 'create', '--name', unique(`page-${i}`)]));
    const walk = async () => lines(await cli(['tenants', 'list', '--limit', '2', '--all', '--format', 'jsonl'])).map((t) => t.id as string);
    const first = await walk();
    expect(new Set(first).size).toBe(first.length);
    expect(first.length).toBeGreaterThan(4);
    expect(first.filter((id) => created.some((t) => t.id === id)).sort()).toEqual(created.map((t) => t.id).sort());
    expect(await walk()).toEqual(first);
    const page = await ok(['tenants', 'list', '--limit', '2']);
    expect(page.data).toHaveLength(2);
    expect(page.has_more).toBe(true);
    const next = await ok(['tenants', 'list', '--limit', '2', '--cursor', page.next_cursor]);
    expect(next.data.map((t: { id: string }) => t.id)).toEqual(first.slice(2, 4));
  });

  it('api_keys.lifecycle: created with a cog_ secret once, listed masked, used, revoked', async () => {
    const tenant = await ok(['tenants', 'create', '--name', unique('keys')]);
    const key = await ok(['tenants', 'api-keys', 'create', tenant.id, '--name', 'ci']);
    expect(key.secret).toMatch(/^cog_/);
    const listed = await cli(['tenant', 'api-key', 'list', tenant.id, '--all', '--format', 'jsonl']);
    expect(listed.stdout).not.toContain(key.secret);
    const mine = lines(listed).find((k) => k.id === key.id);
    expect(mine.masked).toEqual(expect.any(String));
    expect(await ok(['tenants', 'api-keys', 'retrieve', tenant.id, key.id])).toMatchObject({ id: key.id, revoked_at: null });
    expect(await ok(['tenants', 'retrieve', tenant.id], { key: key.secret })).toMatchObject({ id: tenant.id });
    const revoked = await ok(['tenants', 'api-keys', 'revoke', tenant.id, key.id, '--yes']);
    expect(revoked.revoked_at).toEqual(expect.any(String));
  });

  it('api_keys.revoked: a revoked key is an authentication error (exit code 4)', async () => {
    const tenant = await ok(['tenants', 'create', '--name', unique('revoked')]);
    const key = await ok(['tenants', 'api-keys', 'create', tenant.id, '--name', 'old']);
    await ok(['tenants', 'api-keys', 'revoke', tenant.id, key.id, '--yes']);
    const run = await cli(['tenants', 'retrieve', tenant.id], { key: key.secret });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('401');
  });

  it('subscription.lifecycle: retrieved, updated (plan, seats), canceled at period end', async () => {
    const tenant = await ok(['tenants', 'create', '--name', unique('sub')]);
    expect(await ok(['tenants', 'subscription', 'retrieve', tenant.id])).toMatchObject({ tenant_id: tenant.id, plan: 'starter', cancel_at_period_end: false });
    expect(await ok(['tenants', 'subscription', 'update', tenant.id, '--plan', 'enterprise', '--seats', '25'])).toMatchObject({ plan: 'enterprise', seats: 25 });
    expect((await ok(['tenants', 'subscription', 'cancel', tenant.id, '--yes'])).cancel_at_period_end).toBe(true);
    expect(await ok(['tenant', 'subscription', 'get', tenant.id])).toMatchObject({ plan: 'enterprise', cancel_at_period_end: true });
  });

  it('plugins.crud: installed, listed, retrieved, disabled with new config, uninstalled', async () => {
    const tenant = await ok(['tenants', 'create', '--name', unique('plugins')]);
    const plugin = await ok(['tenants', 'plugins', 'install', tenant.id, '--name', 'crm-sync', '--version', '1.2.0', '--permissions', 'memory:read,usage:read', '--config', '{"channel":"#ops"}']);
    expect(plugin).toMatchObject({ name: 'crm-sync', version: '1.2.0', enabled: true, permissions: ['memory:read', 'usage:read'], config: { channel: '#ops' } });
    expect((await ok(['tenants', 'plugins', 'list', tenant.id])).data.map((p: { id: string }) => p.id)).toContain(plugin.id);
    expect(await ok(['tenant', 'plugin', 'retrieve', tenant.id, plugin.id])).toEqual(plugin);
    const disabled = await ok(['tenants', 'plugins', 'update', tenant.id, plugin.id, '--no-enabled', '--config', '{"channel":"#alerts"}']);
    expect(disabled).toMatchObject({ enabled: false, config: { channel: '#alerts' } });
    expect((await cli(['tenants', 'plugins', 'uninstall', tenant.id, plugin.id, '--yes'])).code).toBe(0);
    expect((await cli(['tenants', 'plugins', 'retrieve', tenant.id, plugin.id])).code).toBe(3);
  });

  it('workflows.crud: created, listed, retrieved, updated, deleted', async () => {
    const { apiKey: key } = await newTenant();
    const workflow = await ok(['workflows', 'create', '--name', unique('wf'), '--description', 'first', '--steps', '[{"type":"delay","duration_ms":1}]'], { key });
    expect(workflow.id).toMatch(/^wf_/);
    expect(lines(await cli(['workflows', 'list', '--limit', '1', '--all', '--format', 'jsonl'], { key })).map((w) => w.id)).toContain(workflow.id);
    expect(await ok(['workflow', 'get', workflow.id], { key })).toEqual(workflow);
    // --data gives the body; a flag beside it overrides its field.
    const body = JSON.stringify({ description: 'from data', steps: [{ type: 'usage_record', metric: 'tokens', quantity: 1 }] });
    const updated = await ok(['workflows', 'update', workflow.id, '--data', body, '--description', 'second'], { key });
    expect(updated).toMatchObject({ id: workflow.id, description: 'second', steps: [{ type: 'usage_record', metric: 'tokens', quantity: 1 }] });
    expect((await cli(['workflows', 'delete', workflow.id, '--yes'], { key })).code).toBe(0);
    expect((await cli(['workflows', 'retrieve', workflow.id], { key })).code).toBe(3);
  });

  it('workflows.steps.union: each step variant round-trips with its own fields (body from stdin)', async () => {
    const { apiKey: key } = await newTenant();
    const steps = [
      { type: 'delay', duration_ms: 5 },
      { type: 'memory_write', scope: 'shared', content: 'note {{input.x}}' },
      { type: 'usage_record', metric: 'tokens', quantity: 2.5 },
    ];
    const created = await ok(['workflows', 'create', '--data', '-'], { key, input: JSON.stringify({ name: unique('union'), steps }) });
    expect(created.steps).toEqual(steps);
    expect((await ok(['workflows', 'retrieve', created.id], { key })).steps).toEqual(steps);
  });

  it('executions.create_and_poll: --wait runs to succeeded; its memory_write, with {{input.x}} filled in, is then visible', async () => {
    const { apiKey: key } = await newTenant();
    const marker = unique('marker');
    const workflow = await ok(['workflows', 'create', '--name', unique('poll'), '--steps', '[{"type":"memory_write","scope":"private","content":"Hello {{input.x}}"}]'], { key });
    const execution = await ok(['workflows', 'executions', 'create', workflow.id, '--input', JSON.stringify({ x: marker }), '--wait'], { key });
    expect(execution).toMatchObject({ workflow_id: workflow.id, status: 'succeeded', error: null });
    expect(execution.steps.map((s: { status: string }) => s.status)).toEqual(['succeeded']);
    const contents = lines(await cli(['memories', 'list', '--scope', 'private', '--all', '--format', 'jsonl'], { key })).map((m) => m.content);
    expect(contents).toContain(`Hello ${marker}`);
  });

  it('executions.list_cancel: executions are listed; a running one is canceled and ends canceled', async () => {
    const { apiKey: key } = await newTenant();
    const workflow = await ok(['workflows', 'create', '--name', unique('slow'), '--steps', '[{"type":"delay","duration_ms":30000}]'], { key });
    const execution = await ok(['workflows', 'executions', 'create', workflow.id], { key });
    expect((await ok(['workflows', 'executions', 'list', workflow.id], { key })).data.map((e: { id: string }) => e.id)).toContain(execution.id);
    await ok(['workflows', 'executions', 'cancel', workflow.id, execution.id, '--yes'], { key });
    let current = await ok(['workflows', 'executions', 'retrieve', workflow.id, execution.id], { key });
    for (let i = 0; i < 20 && current.status !== 'canceled'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await ok(['workflows', 'executions', 'retrieve', workflow.id, execution.id], { key });
    }
    expect(current.status).toBe('canceled');
    expect(current.finished_at).toEqual(expect.any(String));
  });

  it('memories.crud: created, retrieved, listed with scope/agent/tag filters, deleted', async () => {
    const { apiKey: key } = await newTenant();
    const agent = unique('agent');
    const tag = unique('tag');
    const memory = await ok(['memories', 'create', '--scope', 'private', '--agent-id', agent, '--content', 'prefers Mondays', '--tags', tag, '--metadata', 'source=chat'], { key });
    expect(memory).toMatchObject({ scope: 'private', agent_id: agent, content: 'prefers Mondays', tags: [tag], metadata: { source: 'chat' } });
    await ok(['memories', 'create', '--scope', 'shared', '--content', 'someone else', '--tags', 'other'], { key });
    expect(await ok(['memory', 'get', memory.id], { key })).toMatchObject({ id: memory.id, content: 'prefers Mondays' });
    for (const filter of [['--scope', 'private', '--agent-id', agent], ['--tag', tag], ['--agent-id', agent]]) {
      expect((await ok(['memories', 'list', ...filter], { key })).data.map((m: { id: string }) => m.id)).toEqual([memory.id]);
    }
    expect((await cli(['memories', 'delete', memory.id, '--yes'], { key })).code).toBe(0);
    expect((await cli(['memories', 'retrieve', memory.id], { key })).code).toBe(3);
  });

  it('memories.search: the best BM25 match ranks first, scores descending', async () => {
    const { apiKey: key } = await newTenant();
    const word = unique('zebra').replace('-', '');
    const best = await ok(['memories', 'create', '--scope', 'global', '--content', `${word} ${word} ${word} grazing`], { key });
    await ok(['memories', 'create', '--scope', 'global', '--content', `one ${word} among many other words here`], { key });
    await ok(['memories', 'create', '--scope', 'global', '--content', 'nothing relevant at all'], { key });
    const result = await ok(['memories', 'search', '--query', word, '--top-k', '5'], { key });
    expect(result.data[0].memory.id).toBe(best.id);
    const scores = result.data.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.length).toBeGreaterThanOrEqual(2);
  });

  it("usage.record_summary: recorded usage is summed, and api_calls counts the tenant's calls", async () => {
    const { apiKey: key } = await newTenant();
    const metric = `tokens_${unique('m').slice(2).replace('-', '')}`;
    await ok(['usage', 'record', '--metric', metric, '--quantity', '5'], { key });
    await ok(['usage', 'record', '--metric', metric, '--quantity', '7'], { key });
    const summary = await ok(['usage', 'summary', '--granularity', 'day'], { key });
    expect(summary.totals.find((t: { metric: string }) => t.metric === metric)?.quantity).toBe(12);
    expect(summary.totals.find((t: { metric: string }) => t.metric === 'api_calls')?.quantity).toBeGreaterThan(0);
    const only = await ok(['usage', 'summary', '--metric', metric, '--granularity', 'hour'], { key });
    expect(only.data.every((bucket: { metric: string }) => bucket.metric === metric)).toBe(true);
  });
});
