import { createdAt, idParam, listOf, objectId, pageQuery } from './common.ts';
import { defineOperation, z } from './registry.ts';
import { WorkflowPath } from './workflows.ts';

export const ExecutionStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'canceled']).openapi('ExecutionStatus', {
  description:
    'Where an execution is: `queued` (accepted, not started), `running` (a step is under way), and the final ones: ' +
    '`succeeded` (every step did), `failed` (a step failed or the server stopped mid-step; `error` says why), `canceled` (by request).',
});
export const StepStatus = z.enum(['pending', 'running', 'succeeded', 'failed', 'canceled']).openapi('StepStatus', {
  description: 'Where a step is: `pending` (not reached yet), `running`, `succeeded`, `failed`, or `canceled` (its execution was canceled before it finished).',
});
const JsonObject = z.record(z.string(), z.unknown());
const nullableTime = z.iso.datetime({ offset: true }).nullable();
const startedAt = nullableTime.openapi({ description: 'When it started running; null until then.' });
const finishedAt = nullableTime.openapi({ description: 'When it reached a final status; null until then.' });

export const ExecutionStepResult = z
  .object({
    index: z.int().openapi({ description: "The step's position in the workflow, from 0." }),
    type: z.string().openapi({ description: "The step's `type` (kept as a plain string so newer step types read fine)." }),
    status: StepStatus,
    output: JsonObject.openapi({ description: 'What the step produced, e.g. `{ "memory_id": "mem_..." }`.' }),
    started_at: startedAt,
    finished_at: finishedAt,
  })
  .openapi('ExecutionStepResult', { description: 'How one step of an execution went.' });

const executionExample = {
  id: 'exec_01jd5ee8ym0000000000000001',
  workflow_id: 'wf_01jd5ee8ym0000000000000001',
  status: 'succeeded',
  input: { customer: 'Acme' },
  output: { memory_ids: ['mem_01jd5ee8ym0000000000000001'], usage_record_ids: [] },
  error: null,
  steps: [{ index: 0, type: 'memory_write', status: 'succeeded', output: { memory_id: 'mem_01jd5ee8ym0000000000000001' }, started_at: '2026-11-23T09:00:00.010Z', finished_at: '2026-11-23T09:00:00.012Z' }],
  created_at: '2026-11-23T09:00:00.000Z',
  started_at: '2026-11-23T09:00:00.010Z',
  finished_at: '2026-11-23T09:00:00.012Z',
};

export const Execution = z
  .object({
    id: objectId('execution', executionExample.id),
    workflow_id: z.string().openapi({ description: 'Id of the workflow it runs.' }),
    status: ExecutionStatus,
    input: JsonObject.openapi({ description: 'The values it was started with, for `{{input.<field>}}` placeholders.' }),
    output: JsonObject.nullable().openapi({ description: 'Set when the execution succeeded: the ids it wrote, `memory_ids` and `usage_record_ids`.' }),
    error: z.string().nullable().openapi({ description: 'Why it failed or was canceled.' }),
    steps: z.array(ExecutionStepResult).openapi({ description: 'How each step of the workflow went, in order.' }),
    created_at: createdAt,
    started_at: startedAt,
    finished_at: finishedAt,
  })
  .openapi('Execution', { description: 'One run of a workflow, executed asynchronously by the server.', example: executionExample });

export const ExecutionCreateParams = z
  .strictObject({ input: JsonObject.default({}).openapi({ description: 'Values for `{{input.<field>}}` placeholders.' }) })
  .openapi('ExecutionCreateParams', { description: 'What an execution starts with; every field may be left out.', example: { input: { customer: 'Acme' } } });

export const ExecutionList = listOf('ExecutionList', Execution, executionExample);
export const ExecutionPath = z.strictObject({
  workflow_id: WorkflowPath.shape.workflow_id,
  execution_id: idParam('execution_id', executionExample.id, 'Id of the execution, `exec_...`.'),
});

export const workflowsExecutionsCreate = defineOperation({
  resource: 'workflows.executions', method: 'create', tag: 'executions', http: 'post', path: '/workflows/{workflow_id}/executions', access: 'tenant',
  summary: 'Start an execution', description: 'Queues the workflow; the server runs its steps asynchronously. Poll it until `status` is final.',
  params: WorkflowPath, body: ExecutionCreateParams, status: 201, response: Execution, responseDescription: 'The queued execution.',
  polling: {
    status_field: 'status',
    terminal: ['succeeded', 'failed', 'canceled'],
    interval_ms: 500,
    timeout_ms: 300_000,
  },
});
export const workflowsExecutionsList = defineOperation({
  resource: 'workflows.executions', method: 'list', tag: 'executions', http: 'get', path: '/workflows/{workflow_id}/executions', access: 'tenant',
  summary: "List a workflow's executions", description: 'Oldest first, whatever their status.', params: WorkflowPath, query: z.strictObject(pageQuery), status: 200, response: ExecutionList, responseDescription: 'A page of executions.', paginated: true,
});
export const workflowsExecutionsRetrieve = defineOperation({
  resource: 'workflows.executions', method: 'retrieve', tag: 'executions', http: 'get', path: '/workflows/{workflow_id}/executions/{execution_id}', access: 'tenant',
  summary: 'Retrieve an execution', description: 'Its status and each step\'s; poll it until `status` is final.', params: ExecutionPath, status: 200, response: Execution, responseDescription: 'The execution.',
});
export const workflowsExecutionsCancel = defineOperation({
  resource: 'workflows.executions', method: 'cancel', tag: 'executions', http: 'post', path: '/workflows/{workflow_id}/executions/{execution_id}/cancel', access: 'tenant',
  summary: 'Cancel an execution', description: 'Stops an unfinished execution; a finished one is a 409.',
  params: ExecutionPath, status: 200, response: Execution, responseDescription: 'The canceled execution.',
});
