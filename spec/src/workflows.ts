import { createdAt, idParam, listOf, objectId, pageQuery, updatedAt } from './common.ts';
import { MemoryScope } from './memories.ts';
import { defineOperation, z } from './registry.ts';
import { metricName, quantity } from './usage.ts';

// Each step variant is its own registered schema so `steps` becomes a real tagged union
// (oneOf + discriminator with an explicit mapping) in every generated SDK.
export const DelayStep = z
  .strictObject({
    type: z.literal('delay').openapi({ description: 'Always `delay`.' }),
    duration_ms: z.int().min(0).max(60000).openapi({ description: 'How long to wait.', example: 250 }),
  })
  .openapi('DelayStep', { description: 'Waits, then goes on to the next step.', example: { type: 'delay', duration_ms: 250 } });

export const MemoryWriteStep = z
  .strictObject({
    type: z.literal('memory_write').openapi({ description: 'Always `memory_write`.' }),
    scope: MemoryScope,
    content: z.string().min(1).max(20000).openapi({ description: 'Memory text; `{{input.<field>}}` is replaced by that field of the execution input.', example: 'Met {{input.customer}} today.' }),
  })
  .openapi('MemoryWriteStep', { description: "Writes a memory in the tenant; the step's output names it (`memory_id`).", example: { type: 'memory_write', scope: 'shared', content: 'Met {{input.customer}} today.' } });

export const UsageRecordStep = z
  .strictObject({
    type: z.literal('usage_record').openapi({ description: 'Always `usage_record`.' }),
    metric: metricName,
    quantity: quantity.openapi({ example: 1 }),
  })
  .openapi('UsageRecordStep', { description: "Records usage for the tenant; the step's output names the record (`usage_record_id`).", example: { type: 'usage_record', metric: 'tokens', quantity: 1200 } });

export const WorkflowStep = z.discriminatedUnion('type', [DelayStep, MemoryWriteStep, UsageRecordStep]).openapi('WorkflowStep', {
  description: 'One step of a workflow, told apart by `type`: `delay`, `memory_write` or `usage_record`.',
});

const workflowName = z.string().openapi({ description: 'Name, 1 to 200 characters.' });
const workflowDescription = z.string().openapi({ description: 'What the workflow does, for people; up to 2000 characters.' });

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
    id: objectId('workflow', workflowExample.id),
    name: workflowName,
    description: workflowDescription,
    steps: z.array(WorkflowStep).openapi({ description: 'The steps an execution runs, in order.' }),
    created_at: createdAt,
    updated_at: updatedAt,
  })
  .openapi('Workflow', { description: 'A list of steps an agent can run; each run is an execution.', example: workflowExample });

const steps = z.array(WorkflowStep).min(1).max(50).openapi({ description: 'The steps an execution runs, in order: 1 to 50.' });

export const WorkflowCreateParams = z
  .strictObject({
    name: workflowName.min(1).max(200),
    description: workflowDescription.max(2000).default(''),
    steps,
  })
  .openapi('WorkflowCreateParams', { description: 'What a new workflow is made of.', example: { name: workflowExample.name, steps: workflowExample.steps } });

export const WorkflowUpdateParams = z
  .strictObject({
    name: workflowName.min(1).max(200).optional(),
    description: workflowDescription.max(2000).optional(),
    steps: steps.optional(),
  })
  .openapi('WorkflowUpdateParams', { description: 'The fields to change; a field left out keeps its value. New steps apply to executions started after.', example: { description: 'Now also waits a little.' } });

export const WorkflowList = listOf('WorkflowList', Workflow, workflowExample);
export const WorkflowPath = z.strictObject({ workflow_id: idParam('workflow_id', workflowExample.id, 'Id of the workflow, `wf_...`.') });

export const workflowsCreate = defineOperation({
  resource: 'workflows', method: 'create', tag: 'workflows', http: 'post', path: '/workflows', access: 'tenant',
  summary: 'Create a workflow', description: 'Stores a workflow in the caller\'s tenant; run it with an execution.', body: WorkflowCreateParams, status: 201, response: Workflow, responseDescription: 'The created workflow.',
});
export const workflowsList = defineOperation({
  resource: 'workflows', method: 'list', tag: 'workflows', http: 'get', path: '/workflows', access: 'tenant',
  summary: 'List workflows', description: "The tenant's workflows, oldest first.", query: z.strictObject(pageQuery), status: 200, response: WorkflowList, responseDescription: 'A page of workflows.', paginated: true,
});
export const workflowsRetrieve = defineOperation({
  resource: 'workflows', method: 'retrieve', tag: 'workflows', http: 'get', path: '/workflows/{workflow_id}', access: 'tenant',
  summary: 'Retrieve a workflow', description: 'One workflow of the tenant, by id.', params: WorkflowPath, status: 200, response: Workflow, responseDescription: 'The workflow.',
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
