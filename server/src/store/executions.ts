import { newId } from '../ids.ts';
import { json, limitBy, now, page, type Db } from './db.ts';
import type { Step } from './workflows.ts';

interface ExecutionRow {
  id: string; tenant_id: string; workflow_id: string; status: string; input: string; output: string | null; error: string | null;
  plan: string; steps: string; created_at: string; started_at: string | null; finished_at: string | null;
}
export interface StepResult { index: number; type: string; status: string; output: Record<string, unknown>; started_at: string | null; finished_at: string | null }

const parse = <T>(text: string | null) => (text === null ? null : (JSON.parse(text) as T));

function toExecution({ tenant_id: _tenant, plan: _plan, ...row }: ExecutionRow) {
  return {
    ...row,
    input: parse<Record<string, unknown>>(row.input)!,
    output: parse<Record<string, unknown>>(row.output),
    steps: parse<StepResult[]>(row.steps)!,
  };
}
export type Execution = ReturnType<typeof toExecution>;

export const FINAL = new Set(['succeeded', 'failed', 'canceled']);

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
    create(tenantId: string, workflowId: string, plan: Step[], input: Record<string, unknown>) {
      const steps: StepResult[] = plan.map((step, index) => ({ index, type: step.type, status: 'pending', output: {}, started_at: null, finished_at: null }));
      const row = { id: newId('exec'), tenant_id: tenantId, workflow_id: workflowId, status: 'queued', input: json(input), plan: json(plan), steps: json(steps), created_at: now() };
      insert.run(row);
      return get(row.id)!;
    },
    /** What the engine needs to run one: the execution, the steps it was started with, its tenant. */
    forRun(id: string) {
      const row = byId.get(id);
      return row && { execution: toExecution(row), plan: JSON.parse(row.plan) as Step[], tenantId: row.tenant_id };
    },
    save: (execution: Execution) => save.run({ ...execution, output: execution.output && json(execution.output), steps: json(execution.steps) }),
    unfinished: () => unfinished.all().map(toExecution),
    unfinishedIdsOfWorkflow: (workflowId: string) => unfinishedOfWorkflow.all(workflowId),
    unfinishedIdsOfTenant: (tenantId: string) => unfinishedOfTenant.all(tenantId),
    exists: (id: string) => exists.get(id) !== undefined,
  };
}
