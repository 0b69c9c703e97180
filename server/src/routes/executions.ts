import type { Context, Handlers } from '../http/context.ts';
import { found, orConflict } from './found.ts';

const workflowOf = ({ store, tenantId, params }: Context) => found(store.workflows.get(tenantId, params.workflow_id), 'workflow');
const executionOf = (ctx: Context) => found(ctx.store.executions.getIn(workflowOf(ctx).id, ctx.params.execution_id), 'execution');

export const executions: Handlers = {
  create: (ctx) => {
    const workflow = workflowOf(ctx);
    const execution = ctx.store.executions.create(ctx.tenantId, workflow.id, workflow.steps, ctx.body.input);
    ctx.engine.start(execution.id);
    return execution;
  },
  list: (ctx) => ctx.store.executions.list(workflowOf(ctx).id, ctx.query.cursor ?? '', ctx.query.limit),
  retrieve: executionOf,
  cancel: (ctx) => orConflict(ctx.engine.cancel(executionOf(ctx).id), 'The execution has already finished.'),
};
