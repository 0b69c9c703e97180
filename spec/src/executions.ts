import { idParam, listOf, pageQuery, timestamp } from './common.ts';
import { defineOperation, z } from './registry.ts';
import { WorkflowPath } from './workflows.ts';

export const ExecutionStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'canceled']).openapi('ExecutionStatus');
export const StepStatus = z.enum(['pending', 'running', 'succeeded', 'failed', 'canceled']).openapi('StepStatus');
const JsonObject = z.record(z.string(), z.unknown());
const nullableTime = z.iso.datetime({ offset: true }).nullable();

export const ExecutionStepResult = z
  .object({
    index: z.int(),
    type: z.string().openapi({ description: "The step's `type` (kept as a plain string so newer step types read fine)." }),
    status: StepStatus,
    output: JsonObject.openapi({ description: 'What the step produced, e.g. `{ "memory_id": "mem_..." }`.' }),
    started_at: nullableTime,
    finished_at: nullableTime,
  })
  .openapi('ExecutionStepResult');

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
    id: z.string().openapi({ example: executionExample.id }),
    workflow_id: z.string(),
    status: ExecutionStatus,
    input: JsonObject,
    output: JsonObject.nullable().openapi({ description: 'Set when the execution succeeded.' }),
    error: z.string().nullable().openapi({ description: 'Why it failed or was canceled.' }),
    steps: z.array(ExecutionStepResult),
    created_at: timestamp,
    started_at: nullableTime,
    finished_at: nullableTime,
  })
  .openapi('Execution', { example: executionExample });

export const ExecutionCreateParams = z
  .strictObject({ input: JsonObject.default({}).openapi({ description: 'Values for `{{input.<field>}}` placeholders.' }) })
  .openapi('ExecutionCreateParams', { example: { input: { customer: 'Acme' } } });

export const ExecutionList = listOf('ExecutionList', Execution, executionExample);
export const ExecutionPath = z.strictObject({
  workflow_id: idParam('workflow_id', executionExample.workflow_id),
  execution_id: idParam('execution_id', executionExample.id),
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
  summary: "List a workflow's executions", params: WorkflowPath, query: z.strictObject(pageQuery), status: 200, response: ExecutionList, responseDescription: 'A page of executions.', paginated: true,
});
export const workflowsExecutionsRetrieve = defineOperation({
  resource: 'workflows.executions', method: 'retrieve', tag: 'executions', http: 'get', path: '/workflows/{workflow_id}/executions/{execution_id}', access: 'tenant',
  summary: 'Retrieve an execution', params: ExecutionPath, status: 200, response: Execution, responseDescription: 'The execution.',
});
export const workflowsExecutionsCancel = defineOperation({
  resource: 'workflows.executions', method: 'cancel', tag: 'executions', http: 'post', path: '/workflows/{workflow_id}/executions/{execution_id}/cancel', access: 'tenant',
  summary: 'Cancel an execution', description: 'Stops an unfinished execution; a finished one is a 409.',
  params: ExecutionPath, status: 200, response: Execution, responseDescription: 'The canceled execution.',
});
