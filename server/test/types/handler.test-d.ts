// Compile-time proof for typed handlers: `npx tsc -p tsconfig.json` (run by npm test) fails if any line
// marked @ts-expect-error compiles, i.e. if a handler could read a field its operation does not have or
// answer a shape its response schema does not declare. Never run, only type-checked.
import {
  healthCheck,
  tenantsList,
  tenantsRetrieve,
  tenantsUpdate,
  workflowsExecutionsCancel,
  workflowsExecutionsCreate,
  workflowsExecutionsList,
  workflowsExecutionsRetrieve,
} from '../../../spec/src/index.ts';
import { handler } from '../../src/http/handler.ts';

const execution = {
  id: 'exec_1', workflow_id: 'wf_1', status: 'queued' as const, input: {}, output: null, error: null,
  steps: [{ index: 0, type: 'delay', status: 'pending' as const, output: {}, started_at: null, finished_at: null }],
  created_at: '2026-01-01T00:00:00Z', started_at: null, finished_at: null,
};
const tenant = { id: 'ten_1', name: 'Acme', slug: 'acme', status: 'active' as const, metadata: {}, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' };

export const accepted = [
  handler(tenantsRetrieve, () => tenant),
  handler(tenantsUpdate, ({ body }) => ({ ...tenant, name: body.name ?? tenant.name })),
  handler(tenantsList, ({ query }) => ({ data: [tenant].slice(0, query.limit), has_more: false, next_cursor: null })),
  handler(workflowsExecutionsCreate, ({ params, body }) => ({ ...execution, workflow_id: params.workflow_id, input: body.input })),
  handler(workflowsExecutionsList, ({ params, query }) => ({ data: [{ ...execution, workflow_id: params.workflow_id }].slice(0, query.limit), has_more: false, next_cursor: null })),
  handler(workflowsExecutionsRetrieve, ({ params }) => ({ ...execution, id: params.execution_id })),
  handler(workflowsExecutionsCancel, () => ({ ...execution, status: 'canceled' as const, error: 'canceled by request' })),
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
  // @ts-expect-error an execution's status is one of the spec's ExecutionStatus values, not any string
  handler(workflowsExecutionsRetrieve, () => ({ ...execution, status: 'paused' })),
  // @ts-expect-error a step result's status is a StepStatus
  handler(workflowsExecutionsRetrieve, () => ({ ...execution, steps: [{ ...execution.steps[0], status: 'done' }] })),
  // @ts-expect-error the create body has `input` only, no `steps`
  handler(workflowsExecutionsCreate, ({ body }) => ({ ...execution, steps: body.steps })),
  // @ts-expect-error list's path has no execution_id
  handler(workflowsExecutionsList, ({ params }) => ({ data: [{ ...execution, id: params.execution_id }], has_more: false, next_cursor: null })),
  // @ts-expect-error cancel answers the execution, not a page of them
  handler(workflowsExecutionsCancel, () => ({ data: [execution], has_more: false, next_cursor: null })),
];
