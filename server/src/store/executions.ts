import type { z } from 'zod';
import { workflowsExecutionsCreate, type Execution as ExecutionSchema, type ExecutionCreateParams, type ExecutionStepResult } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { json, limitBy, now, page, parsed, type Db, type Json, type WithJson } from './db.ts';
import type { Step } from './workflows.ts';

export type Execution = z.output<typeof ExecutionSchema>;
type Output = NonNullable<Execution['output']>;
/**
 * The table's row: the spec's Execution with its JSON fields as text (output NULL until it succeeds),
 * its tenant, and the steps it was started with (plan).
 */
type ExecutionRow = WithJson<Omit<Execution, 'output'>, 'input' | 'steps'> & { output: Json<Output> | null; tenant_id: string; plan: Json<Step[]> };

const toExecution = ({ tenant_id: _tenant, plan: _plan, ...row }: ExecutionRow): Execution => ({
  ...row,
  input: parsed(row.input),
  output: row.output === null ? null : parsed(row.output),
  steps: parsed(row.steps),
});

/** The statuses an execution ends in: those its create's polling waits for. */
export const FINAL: ReadonlySet<string> = new Set(workflowsExecutionsCreate.polling.terminal);

export function executionStore(db: Db) {
  const insert = db.prepare('INSERT INTO executions VALUES (@id, @tenant_id, @workflow_id, @status, @input, NULL, NULL, @plan, @steps, @created_at, NULL, NULL)');
  const byId = db.prepare<[string], ExecutionRow>('SELECT * FROM executions WHERE id = ?');
  const byWorkflow = db.prepare<[string, string], ExecutionRow>('SELECT * FROM executions WHERE workflow_id = ? AND id = ?');
  const listAfter = db.prepare<[string, string, number], ExecutionRow>(`SELECT * FROM executions WHERE workflow_id = ? AND id > ? ORDER BY id ${limitBy('?')}`);
  const unfinished = db.prepare<[], ExecutionRow>("SELECT * FROM executions WHERE status IN ('queued', 'running') ORDER BY id");
  const unfinishedOf = (owner: 'workflow_id' | 'tenant_id') =>
    db.prepare<[string], string>(`SELECT id FROM executions WHERE ${owner} = ? AND status IN ('queued', 'running')`).pluck();
  const unfinishedOfWorkflow = unfinishedOf('workflow_id');
  const unfinishedOfTenant = unfinishedOf('tenant_id');
  const exists = db.prepare<[string], number>('SELECT 1 FROM executions WHERE id = ?').pluck();
  const save = db.prepare('UPDATE executions SET status = @status, output = @output, error = @error, steps = @steps, started_at = @started_at, finished_at = @finished_at WHERE id = @id');

  const get = (id: string) => {
    const row = byId.get(id);
    return row && toExecution(row);
  };

  return {
    get,
    getIn: (workflowId: string, id: string) => {
      const row = byWorkflow.get(workflowId, id);
      return row && toExecution(row);
    },
    list: (workflowId: string, after: string, limit: number) => page(listAfter.all(workflowId, after, limit + 1).map(toExecution), limit),
    create(tenantId: string, workflowId: string, plan: Step[], input: z.output<typeof ExecutionCreateParams>['input']) {
      const steps = plan.map((step, index): z.output<typeof ExecutionStepResult> => ({ index, type: step.type, status: 'pending', output: {}, started_at: null, finished_at: null }));
      const row = { id: newId('exec'), tenant_id: tenantId, workflow_id: workflowId, status: 'queued', input: json(input), plan: json(plan), steps: json(steps), created_at: now() };
      insert.run(row);
      return get(row.id)!;
    },
    /** What the engine needs to run one: the execution, the steps it was started with, its tenant. */
    forRun(id: string) {
      const row = byId.get(id);
      return row && { execution: toExecution(row), plan: parsed(row.plan), tenantId: row.tenant_id };
    },
    save: (execution: Execution) => save.run({ ...execution, output: execution.output && json(execution.output), steps: json(execution.steps) }),
    unfinished: () => unfinished.all().map(toExecution),
    unfinishedIdsOfWorkflow: (workflowId: string) => unfinishedOfWorkflow.all(workflowId),
    unfinishedIdsOfTenant: (tenantId: string) => unfinishedOfTenant.all(tenantId),
    exists: (id: string) => exists.get(id) !== undefined,
  };
}
