import type { z } from 'zod';
import type { WorkflowCreateParams, Workflow as WorkflowSchema, WorkflowStep, WorkflowUpdateParams } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { json, limitBy, now, page, parsed, type Db, type WithJson } from './db.ts';

export type Workflow = z.output<typeof WorkflowSchema>;
export type Step = z.output<typeof WorkflowStep>;
/** The table's row: the spec's Workflow with its steps as JSON text, and its tenant. */
type WorkflowRow = WithJson<Workflow, 'steps'> & { tenant_id: string };

const toWorkflow = ({ tenant_id: _tenant, ...row }: WorkflowRow): Workflow => ({ ...row, steps: parsed(row.steps) });

export function workflowStore(db: Db) {
  const insert = db.prepare('INSERT INTO workflows VALUES (@id, @tenant_id, @name, @description, @steps, @created_at, @updated_at)');
  const byId = db.prepare<[string, string], WorkflowRow>('SELECT * FROM workflows WHERE tenant_id = ? AND id = ?');
  const listAfter = db.prepare<[string, string, number], WorkflowRow>(`SELECT * FROM workflows WHERE tenant_id = ? AND id > ? ORDER BY id ${limitBy('?')}`);
  const update = db.prepare('UPDATE workflows SET name = @name, description = @description, steps = @steps, updated_at = @updated_at WHERE id = @id');
  const remove = db.prepare('DELETE FROM workflows WHERE id = ?');
  const removeExecutions = db.prepare('DELETE FROM executions WHERE workflow_id = ?');

  return {
    get: (tenantId: string, id: string) => {
      const row = byId.get(tenantId, id);
      return row && toWorkflow(row);
    },
    list: (tenantId: string, after: string, limit: number) => page(listAfter.all(tenantId, after, limit + 1).map(toWorkflow), limit),
    create(tenantId: string, input: z.output<typeof WorkflowCreateParams>): Workflow {
      const at = now();
      const row = { id: newId('wf'), tenant_id: tenantId, name: input.name, description: input.description, steps: json(input.steps), created_at: at, updated_at: at };
      insert.run(row);
      return toWorkflow(row);
    },
    update(tenantId: string, workflow: Workflow, changes: z.output<typeof WorkflowUpdateParams>): Workflow {
      const next = { ...workflow, ...changes, updated_at: now() };
      update.run({ ...next, steps: json(next.steps) });
      return next;
    },
    delete: db.transaction((id: string) => {
      removeExecutions.run(id);
      remove.run(id);
    }),
  };
}
