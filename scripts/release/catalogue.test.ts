// The release catalogue: spec edits made from the real spec/openapi.json, each with the bump an SDK
// user needs and the oasdiff check that must justify it. Every edit is diffed by the real oasdiff,
// all at once (one subprocess per edit, in parallel), then each row is checked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BY_CHECK, type Bump, type Plan } from './bump.ts';
import { checkIds } from './oasdiff.ts';
import { planRelease } from './plan.ts';
import { root } from './project.ts';

type Spec = Record<string, any>;
const real: Spec = JSON.parse(readFileSync(join(root, 'spec/openapi.json'), 'utf8'));
const schemas = (spec: Spec) => spec.components.schemas;
const tenantsList = (spec: Spec) => spec.paths['/tenants'].get;
const queryParam = (name: string, required: boolean) => ({ name, in: 'query', required, schema: { type: 'string' } });
const rename = (object: Spec, from: string, to: string) => {
  object[to] = object[from];
  delete object[from];
};

// [edit, expected bump, the oasdiff check id that must be among the findings (documentation: none)]
const catalogue: [string, Bump, string | null, (spec: Spec) => void][] = [
  ['nothing changed', 'none', null, () => {}],
  ['operation removed', 'major', 'api-removed-without-deprecation', (s) => delete s.paths['/tenants/{tenant_id}'].delete],
  ['operation renamed (operationId)', 'major', 'api-operation-id-removed', (s) => (tenantsList(s).operationId = 'tenantsIndex')],
  ['response field removed', 'major', 'response-required-property-removed', (s) => {
    delete schemas(s).Tenant.properties.slug;
    schemas(s).Tenant.required = schemas(s).Tenant.required.filter((name: string) => name !== 'slug');
  }],
  ['response field renamed', 'major', 'response-required-property-removed', (s) => {
    rename(schemas(s).Tenant.properties, 'slug', 'handle');
    schemas(s).Tenant.required = schemas(s).Tenant.required.map((name: string) => (name === 'slug' ? 'handle' : name));
  }],
  ['response field type changed (string to integer)', 'major', 'response-property-type-changed', (s) => (schemas(s).Tenant.properties.name.type = 'integer')],
  ['response field made optional', 'major', 'response-property-became-optional', (s) => (schemas(s).Tenant.required = schemas(s).Tenant.required.filter((name: string) => name !== 'name'))],
  ['query parameter removed', 'major', 'request-parameter-removed', (s) => (tenantsList(s).parameters = tenantsList(s).parameters.filter((p: Spec) => p.name !== 'limit'))],
  ['query parameter renamed', 'major', 'request-parameter-removed', (s) => (tenantsList(s).parameters.find((p: Spec) => p.name === 'limit').name = 'page_size')],
  ['required query parameter added', 'major', 'new-required-request-parameter', (s) => tenantsList(s).parameters.push(queryParam('region', true))],
  ['required body field added', 'major', 'new-required-request-property', (s) => {
    schemas(s).TenantCreateParams.properties.region = { type: 'string' };
    schemas(s).TenantCreateParams.required.push('region');
  }],
  ['optional body field made required', 'major', 'request-property-became-required', (s) => schemas(s).TenantCreateParams.required.push('slug')],
  ['maxLength narrowed', 'major', 'request-property-max-length-decreased', (s) => (schemas(s).TenantCreateParams.properties.name.maxLength = 100)],
  ['maximum narrowed', 'major', 'request-parameter-max-decreased', (s) => (tenantsList(s).parameters.find((p: Spec) => p.name === 'limit').schema.maximum = 50)],
  ['pattern narrowed', 'major', 'request-property-pattern-changed', (s) => (schemas(s).TenantCreateParams.properties.slug.pattern = '^[a-z]+$')],
  ['request enum value removed', 'major', 'request-parameter-enum-value-removed', (s) => (schemas(s).Granularity.enum = ['day'])],
  ['operation added', 'minor', 'endpoint-added', (s) => (s.paths['/tenants/{tenant_id}/events'] = { get: { ...structuredClone(s.paths['/tenants/{tenant_id}'].get), operationId: 'tenantsEvents' } })],
  ['optional body field added', 'minor', 'new-optional-request-property', (s) => (schemas(s).TenantCreateParams.properties.region = { type: 'string' })],
  ['optional query parameter added', 'minor', 'new-optional-request-parameter', (s) => tenantsList(s).parameters.push(queryParam('region', false))],
  ['response field added', 'minor', 'response-optional-property-added', (s) => (schemas(s).Tenant.properties.region = { type: 'string' })],
  ['response enum value added', 'minor', 'response-property-enum-value-added', (s) => schemas(s).ExecutionStatus.enum.push('paused')],
  ['request enum value added', 'minor', 'request-parameter-enum-value-added', (s) => schemas(s).Granularity.enum.push('week')],
  ['summary changed', 'patch', null, (s) => (tenantsList(s).summary = 'List every tenant')],
  ['description changed', 'patch', null, (s) => (schemas(s).TenantCreateParams.properties.slug.description = 'A URL-safe name.')],
  ['example changed', 'patch', null, (s) => (schemas(s).TenantCreateParams.properties.name.example = 'Globex')],
];

const dir = mkdtempSync(join(tmpdir(), 'release-catalogue-'));
const plans = new Map<string, Plan>();

beforeAll(async () => {
  const base = join(dir, 'base.json');
  writeFileSync(base, JSON.stringify(real));
  await Promise.all(catalogue.map(async ([name, , , edit], i) => {
    const spec = structuredClone(real);
    edit(spec);
    const head = join(dir, `edit-${i}.json`);
    writeFileSync(head, JSON.stringify(spec));
    plans.set(name, await planRelease(base, head));
  }));
}, 600_000); // the first run on a machine builds oasdiff

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('release plan of a spec edit', () => {
  it('covers at least 15 edits', () => expect(catalogue.length).toBeGreaterThanOrEqual(15));

  it('overrides only checks oasdiff has', async () => expect(await checkIds()).toEqual(expect.arrayContaining(Object.keys(BY_CHECK))));

  it.each(catalogue)('%s: %s', (name, bump, check) => {
    const plan = plans.get(name)!;
    expect(plan.bump).toBe(bump);
    if (check) expect(plan.changes.map((change) => change.id)).toContain(check);
    if (bump === 'patch') expect(plan.changes.every((change) => change.id === 'documentation')).toBe(true);
    if (bump === 'none') expect(plan.changes).toEqual([]);
  });
});
