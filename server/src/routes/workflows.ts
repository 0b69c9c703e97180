import type { Handlers } from '../http/context.ts';
import { found } from './found.ts';

export const workflows: Handlers = {
  create: ({ store, tenantId, body }) => store.workflows.create(tenantId, body),
  list: ({ store, tenantId, query }) => store.workflows.list(tenantId, query.cursor ?? '', query.limit),
  retrieve: ({ store, tenantId, params }) => found(store.workflows.get(tenantId, params.workflow_id), 'workflow'),
  update: ({ store, tenantId, params, body }) => store.workflows.update(tenantId, found(store.workflows.get(tenantId, params.workflow_id), 'workflow'), body),
  delete: ({ store, engine, tenantId, params }) => {
    found(store.workflows.get(tenantId, params.workflow_id), 'workflow');
    engine.cancelAll(store.executions.unfinishedIdsOfWorkflow(params.workflow_id));
    store.workflows.delete(params.workflow_id);
  },
};
