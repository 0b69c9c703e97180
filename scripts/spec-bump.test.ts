import { describe, expect, it } from 'vitest';
import { classifySpecChange, type Bump } from './spec-bump.ts';

const tenant = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id', 'name'] };
const params = { type: 'object', properties: { name: { type: 'string' }, metadata: { type: 'object' } }, required: ['name'] };
const status = { type: 'string', enum: ['active', 'suspended'] };
const spec = (overrides: { paths?: object; schemas?: object; info?: object } = {}) => ({
  info: { version: '3.0.0', ...overrides.info },
  paths: overrides.paths ?? { '/tenants': { get: { operationId: 'tenantsList' }, post: { operationId: 'tenantsCreate' } } },
  components: { schemas: { Tenant: tenant, TenantCreateParams: params, TenantStatus: status, ...overrides.schemas } },
});

const cases: [string, { given: object; want: Bump; reason?: string }][] = [
  ['nothing changed', { given: spec(), want: 'none' }],
  ['a description changed', { given: { ...spec(), info: { version: '3.0.0', description: 'new words' } }, want: 'patch' }],
  ['an operation added', { given: spec({ paths: { '/tenants': { get: { operationId: 'tenantsList' }, post: { operationId: 'tenantsCreate' } }, '/health': { get: { operationId: 'healthCheck' } } } }), want: 'minor', reason: 'operation healthCheck (GET /health) added' }],
  ['an operation removed', { given: spec({ paths: { '/tenants': { get: { operationId: 'tenantsList' } } } }), want: 'major', reason: 'operation tenantsCreate (POST /tenants) removed' }],
  ['an operation moved', { given: spec({ paths: { '/orgs': { get: { operationId: 'tenantsList' }, post: { operationId: 'tenantsCreate' } } } }), want: 'major' }],
  ['a response field added', { given: spec({ schemas: { Tenant: { ...tenant, properties: { ...tenant.properties, region: { type: 'string' } } } } }), want: 'minor', reason: 'Tenant.region added' }],
  ['a response field removed', { given: spec({ schemas: { Tenant: { ...tenant, properties: { id: { type: 'string' } } } } }), want: 'major', reason: 'Tenant.name removed' }],
  ['an optional request field added', { given: spec({ schemas: { TenantCreateParams: { ...params, properties: { ...params.properties, slug: { type: 'string' } } } } }), want: 'minor' }],
  ['a required request field added', { given: spec({ schemas: { TenantCreateParams: { properties: { ...params.properties, slug: { type: 'string' } }, required: ['name', 'slug'] } } }), want: 'major', reason: 'TenantCreateParams.slug added' }],
  ['an existing field became required', { given: spec({ schemas: { TenantCreateParams: { ...params, required: ['name', 'metadata'] } } }), want: 'major', reason: 'TenantCreateParams.metadata became required' }],
  ['an enum value added', { given: spec({ schemas: { TenantStatus: { type: 'string', enum: ['active', 'suspended', 'archived'] } } }), want: 'minor', reason: 'TenantStatus gained the value "archived"' }],
  ['an enum value removed', { given: spec({ schemas: { TenantStatus: { type: 'string', enum: ['active'] } } }), want: 'major', reason: 'TenantStatus lost the value "suspended"' }],
];

describe('classifySpecChange', () => {
  it.each(cases)('%s', (_name, { given, want, reason }) => {
    const change = classifySpecChange(spec(), given);
    expect(change.bump).toBe(want);
    if (reason) expect(change.reasons).toContain(reason);
  });

  it('names only the reasons of the winning level', () => {
    const given = spec({ paths: { '/tenants': { get: { operationId: 'tenantsList' } }, '/health': { get: { operationId: 'healthCheck' } } } });
    expect(classifySpecChange(spec(), given).reasons).toEqual(['operation tenantsCreate (POST /tenants) removed']);
  });
});
