import {
  workflowsExecutionsCancel,
  workflowsExecutionsCreate,
  workflowsExecutionsList,
  workflowsExecutionsRetrieve,
} from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import type { Store } from '../store/index.ts';
import { found, orConflict } from './found.ts';

/** The caller's workflow, or a 404: another tenant's workflow (and so its executions) is not found. */
const workflowOf = (store: Store, tenantId: string, workflowId: string) => found(store.workflows.get(tenantId, workflowId), 'workflow');
const executionOf = (store: Store, tenantId: string, params: { workflow_id: string; execution_id: string }) =>
  found(store.executions.getIn(workflowOf(store, tenantId, params.workflow_id).id, params.execution_id), 'execution');

export const executions = [
  handler(workflowsExecutionsCreate, ({ store, engine, tenantId, params, body }) => {
    const workflow = workflowOf(store, tenantId, params.workflow_id);
    const execution = store.executions.create(tenantId, workflow.id, workflow.steps, body.input);
    engine.start(execution.id);
    return execution;
  }),
  handler(workflowsExecutionsList, ({ store, tenantId, params, query }) =>
    store.executions.list(workflowOf(store, tenantId, params.workflow_id).id, query.cursor ?? '', query.limit),
  ),
  handler(workflowsExecutionsRetrieve, ({ store, tenantId, params }) => executionOf(store, tenantId, params)),
  handler(workflowsExecutionsCancel, ({ store, engine, tenantId, params }) =>
    orConflict(engine.cancel(executionOf(store, tenantId, params).id), 'The execution has already finished.'),
  ),
];
