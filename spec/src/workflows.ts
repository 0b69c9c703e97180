import { idParam, listOf, pageQuery, timestamp } from './common.ts';
import { MemoryScope } from './memories.ts';
import { defineOperation, z } from './registry.ts';
import { metricName } from './usage.ts';

// Each step variant is its own registered schema so `steps` becomes a real tagged union
// (oneOf + discriminator with an explicit mapping) in every generated SDK.
export const DelayStep = z
  .strictObject({
    type: z.literal('delay'),
    duration_ms: z.int().min(0).max(60000).openapi({ description: 'How long to wait.', example: 250 }),
  })
  .openapi('DelayStep', { example: { type: 'delay', duration_ms: 250 } });

export const MemoryWriteStep = z
  .strictObject({
    type: z.literal('memory_write'),
    scope: MemoryScope,
    content: z.string().min(1).max(20000).openapi({ description: 'Memory text; `{{input.<field>}}` is replaced by that field of the execution input.', example: 'Met {{input.customer}} today.' }),
  })
  .openapi('MemoryWriteStep', { example: { type: 'memory_write', scope: 'shared', content: 'Met {{input.customer}} today.' } });

export const UsageRecordStep = z
  .strictObject({
    type: z.literal('usage_record'),
    metric: metricName,
    quantity: z.number().min(0).max(1e12).openapi({ example: 1 }),
  })
  .openapi('UsageRecordStep', { example: { type: 'usage_record', metric: 'tokens', quantity: 1200 } });

export const WorkflowStep = z.discriminatedUnion('type', [DelayStep, MemoryWriteStep, UsageRecordStep]).openapi('WorkflowStep');

const workflowExample = {
  id: 'wf_01jd5ee8ym0000000000000001',
  name: 'remember-meeting',
  description: 'Stores a note about a meeting and records its cost.',
  steps: [
    { type: 'delay', duration_ms: 10 },
    { type: 'memory_write', scope: 'shared', content: 'Met {{input.customer}} today.' },
    { type: 'usage_record', metric: 'tokens', quantity: 1200 },
  ],
  created_at: '2026-11-23T09:00:00.000Z',
  updated_at: '2026-11-23T09:00:00.000Z',
};

export const Workflow = z
  .object({
    id: z.string().openapi({ example: workflowExample.id }),
    name: z.string(),
    description: z.string(),
    steps: z.array(WorkflowStep),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .openapi('Workflow', { example: workflowExample });

const steps = z.array(WorkflowStep).min(1).max(50);

export const WorkflowCreateParams = z
  .strictObject({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).default(''),
    steps,
  })
  .openapi('WorkflowCreateParams', { example: { name: workflowExample.name, steps: workflowExample.steps } });

export const WorkflowUpdateParams = z
  .strictObject({
    name: z.string().min(1).max(200).optional(),
    description: z.string().max(2000).optional(),
    steps: steps.optional(),
  })
  .openapi('WorkflowUpdateParams', { example: { description: 'Now also waits a little.' } });

export const WorkflowList = listOf('WorkflowList', Workflow, workflowExample);
export const WorkflowPath = z.strictObject({ workflow_id: idParam('workflow_id', workflowExample.id) });

export const workflowsCreate = defineOperation({
  resource: 'workflows', method: 'create', tag: 'workflows', http: 'post', path: '/workflows', access: 'tenant',
  summary: 'Create a workflow', body: WorkflowCreateParams, status: 201, response: Workflow, responseDescription: 'The created workflow.',
});
export const workflowsList = defineOperation({
  resource: 'workflows', method: 'list', tag: 'workflows', http: 'get', path: '/workflows', access: 'tenant',
  summary: 'List workflows', query: z.strictObject(pageQuery), status: 200, response: WorkflowList, responseDescription: 'A page of workflows.', paginated: true,
});
export const workflowsRetrieve = defineOperation({
  resource: 'workflows', method: 'retrieve', tag: 'workflows', http: 'get', path: '/workflows/{workflow_id}', access: 'tenant',
  summary: 'Retrieve a workflow', params: WorkflowPath, status: 200, response: Workflow, responseDescription: 'The workflow.',
});
export const workflowsUpdate = defineOperation({
  resource: 'workflows', method: 'update', tag: 'workflows', http: 'patch', path: '/workflows/{workflow_id}', access: 'tenant',
  summary: 'Update a workflow', description: 'Running executions keep the steps they started with.',
  params: WorkflowPath, body: WorkflowUpdateParams, status: 200, response: Workflow, responseDescription: 'The updated workflow.',
});
export const workflowsDelete = defineOperation({
  resource: 'workflows', method: 'delete', tag: 'workflows', http: 'delete', path: '/workflows/{workflow_id}', access: 'tenant',
  summary: 'Delete a workflow', description: 'Cancels its unfinished executions and deletes them with it.',
  params: WorkflowPath, status: 204, responseDescription: 'Deleted.',
});
