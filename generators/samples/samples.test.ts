// The samples: six tabs for every operation, values taken from the spec's examples (or made
// plausible when it has none), each language spelled by its room. That they compile is proven by
// test/docs (the docs phase of test/all.sh), which checks docs/openapi.samples.json.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.ts';
import { buildSamples, docsSpec } from './index.ts';

const load = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const spec = load('../../spec/openapi.json');
const model = buildModel(spec);
const samples = buildSamples({ model, spec });
const source = (operationId: string, label: string) => samples.get(operationId)!.find((s) => s.label === label)!.source;

describe('buildSamples on the API', () => {
  it('gives every operation six tabs, in order', () => {
    expect([...samples.keys()]).toEqual(model.methods.map((m) => m.operationId));
    for (const tabs of samples.values()) expect(tabs.map((t) => `${t.lang}/${t.label}`)).toEqual(['typescript/TypeScript', 'python/Python', 'go/Go', 'java/Java', 'shell/CLI', 'shell/curl']);
  });

  it.each([
    ['TypeScript', ["const tenantId = 'ten_01jd5ee8ym0000000000000001';", "const apiKeyWithSecret = await client.tenants.apiKeys.create(tenantId, { name: 'ci' });", 'if (error instanceof NotFoundError)']],
    ['Python', ['tenant_id = "ten_01jd5ee8ym0000000000000001"', 'api_key_with_secret = client.tenants.api_keys.create(tenant_id, name="ci")', 'except NotFoundError as error:']],
    ['Go', ['tenantID := "ten_01jd5ee8ym0000000000000001"', 'client.Tenants.APIKeys.New(ctx, tenantID, cognitionos.TenantAPIKeyNewParams{Name: "ci"})', 'errors.Is(err, cognitionos.ErrNotFound)']],
    ['Java', ['String tenantId = "ten_01jd5ee8ym0000000000000001";', 'client.tenants().apiKeys().create(tenantId, ApiKeyCreateParams.builder().name("ci").build())', '} catch (NotFoundException e) {']],
  ])('%s: the path id from its example, the params from the body example, NotFound caught', (label, lines) => {
    for (const line of lines) expect(source('tenantsApiKeysCreate', label)).toContain(line);
  });

  it('spells the CLI per the command table, ids as shell variables, and asks no question on a destructive verb', () => {
    expect(source('tenantsApiKeysCreate', 'CLI')).toBe('TENANT_ID=ten_01jd5ee8ym0000000000000001\ncognition-cli tenants api-keys create "$TENANT_ID" --name ci\n');
    expect(source('tenantsPluginsUpdate', 'CLI')).toContain('cognition-cli tenants plugins update "$TENANT_ID" "$PLUGIN_ID" --no-enabled');
    expect(source('tenantsDelete', 'CLI')).toContain('cognition-cli tenants delete "$TENANT_ID" --yes');
  });

  it('sends curl the body example as JSON, with the key from the environment', () => {
    expect(source('memoriesSearch', 'curl')).toBe(
      [
        'curl -sS -X POST "$COGNITIONOS_BASE_URL/memories/search" \\',
        '  -H "Authorization: Bearer $COGNITIONOS_API_KEY" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '{"query":"weekly summary","top_k":5}'`,
        '',
      ].join('\n'),
    );
  });

  it('shows a union by its variants: Go variant fields, Java of<Variant> factories', () => {
    expect(source('workflowsCreate', 'Go')).toContain('cognitionos.WorkflowStep{MemoryWrite: &cognitionos.MemoryWriteStep{Scope: cognitionos.MemoryScopeShared');
    expect(source('workflowsCreate', 'Java')).toContain('WorkflowStep.ofDelay(DelayStep.builder().durationMs(10).build())');
  });

  it('walks a list page by page, with no params', () => {
    expect(source('tenantsList', 'TypeScript')).toContain('for await (const tenant of client.tenants.list()) console.log(tenant.id);');
    expect(source('tenantsList', 'Go')).toContain('for tenant, err := range client.Tenants.ListAutoPaging(ctx, cognitionos.TenantListParams{}) {');
  });
});

describe('docsSpec', () => {
  it('is the spec plus x-codeSamples, and leaves the spec it was given alone', () => {
    const before = JSON.stringify(spec);
    const docs = JSON.parse(docsSpec({ model, spec }));
    expect(JSON.stringify(spec)).toBe(before);
    for (const item of Object.values(docs.paths) as Record<string, Record<string, unknown>>[]) for (const operation of Object.values(item)) delete operation['x-codeSamples'];
    expect(docs).toEqual(spec);
  });
});

describe('buildSamples on the fixture specs (no examples: values made plausible)', () => {
  const fixtures = readdirSync(new URL('../fixtures', import.meta.url)).filter((file) => file.endsWith('.json'));
  it.each(fixtures)('%s', (file) => {
    const fixture = load(`../fixtures/${file}`);
    const built = buildSamples({ model: buildModel(fixture), spec: fixture });
    expect(built.size).toBe(buildModel(fixture).methods.length);
  });

  it('a required union field gets its first variant, discriminator set', () => {
    const fixture = load('../fixtures/union-discriminated.json');
    const cli = buildSamples({ model: buildModel(fixture), spec: fixture }).get('drawingsCreate')!.find((s) => s.label === 'CLI')!.source;
    expect(cli).toContain(`--shapes '[{"kind":"circle","radius":1}]'`);
  });
});
