import { workflowsCreate, workflowsDelete, workflowsList, workflowsRetrieve, workflowsUpdate } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { found } from './found.ts';

export const workflows = [
  handler(workflowsCreate, ({ store, tenantId, body }) => store.workflows.create(tenantId, body)),
  handler(workflowsList, ({ store, tenantId, query }) => store.workflows.list(tenantId, query.cursor ?? '', query.limit)),
  handler(workflowsRetrieve, ({ store, tenantId, params }) => found(store.workflows.get(tenantId, params.workflow_id), 'workflow')),
  handler(workflowsUpdate, ({ store, tenantId, params, body }) => store.workflows.update(tenantId, found(store.workflows.get(tenantId, params.workflow_id), 'workflow'), body)),
  handler(workflowsDelete, ({ store, engine, tenantId, params }) => {
    found(store.workflows.get(tenantId, params.workflow_id), 'workflow');
    engine.cancelAll(store.executions.unfinishedIdsOfWorkflow(params.workflow_id));
    store.workflows.delete(params.workflow_id);
  }),
];
