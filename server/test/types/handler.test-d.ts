// Compile-time proof for typed handlers: `npx tsc -p tsconfig.json` (run by npm test) fails if any line
// marked @ts-expect-error compiles, i.e. if a handler could read a field its operation does not have or
// answer a shape its response schema does not declare. Never run, only type-checked.
import { healthCheck, tenantsList, tenantsRetrieve, tenantsUpdate } from '../../../spec/src/index.ts';
import { handler } from '../../src/http/handler.ts';

const tenant = { id: 'ten_1', name: 'Acme', slug: 'acme', status: 'active' as const, metadata: {}, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' };

export const accepted = [
  handler(tenantsRetrieve, () => tenant),
  handler(tenantsUpdate, ({ body }) => ({ ...tenant, name: body.name ?? tenant.name })),
  handler(tenantsList, ({ query }) => ({ data: [tenant].slice(0, query.limit), has_more: false, next_cursor: null })),
];

export const refused = [
  // @ts-expect-error a field the response does not declare as that type: status is 'active' | 'suspended'
  handler(tenantsRetrieve, () => ({ ...tenant, status: 'archived' as const })),
  // @ts-expect-error a required field of the response is missing
  handler(tenantsRetrieve, () => ({ id: 'ten_1', name: 'Acme' })),
  // @ts-expect-error a list answered with a single object
  handler(tenantsList, () => tenant),
  // @ts-expect-error the health check answers its own shape, not a tenant
  handler(healthCheck, () => tenant),
  // @ts-expect-error the update body has no field `slug`
  handler(tenantsUpdate, ({ body }) => ({ ...tenant, slug: body.slug })),
  // @ts-expect-error list has no path parameters
  handler(tenantsList, ({ params }) => ({ data: [{ ...tenant, id: params.tenant_id }], has_more: false, next_cursor: null })),
];
