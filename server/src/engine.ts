// Runs executions for real, in the background, one step at a time, saving progress after each step.
import { setTimeout as sleep } from 'node:timers/promises';
import { now } from './store/db.ts';
import { FINAL, type Execution } from './store/executions.ts';
import type { Store } from './store/index.ts';
import type { Step } from './store/workflows.ts';

/** `{{input.customer}}` (or a dotted path into the input) becomes that input value. */
export function fillTemplate(template: string, input: Record<string, unknown>): string {
  return template.replace(/\{\{\s*input\.([A-Za-z0-9_.]+)\s*\}\}/g, (_, path: string) => {
    const value = path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), input);
    if (value === undefined || value === null) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

function closeOpenSteps(execution: Execution, at: string) {
  for (const step of execution.steps) if (step.status === 'pending' || step.status === 'running') Object.assign(step, { status: 'canceled', finished_at: at });
}

export function createEngine(store: Store) {
  const active = new Map<string, { execution: Execution; controller: AbortController }>();

  function runStep(step: Step, tenantId: string, input: Record<string, unknown>, signal: AbortSignal): Promise<Record<string, unknown>> | Record<string, unknown> {
    switch (step.type) {
      case 'delay':
        return sleep(step.duration_ms as number, undefined, { signal }).then(() => ({}));
      case 'memory_write': {
        const memory = store.memories.create(tenantId, { scope: step.scope as string, content: fillTemplate(step.content as string, input), tags: [] });
        return { memory_id: memory.id };
      }
      case 'usage_record': {
        const record = store.usage.record(tenantId, { metric: step.metric as string, quantity: step.quantity as number });
        return { usage_record_id: record.id };
      }
      default:
        throw new Error(`unknown step type ${step.type}`);
    }
  }

  async function run(id: string) {
    const found = store.executions.forRun(id);
    if (!found || FINAL.has(found.execution.status)) return;
    const { execution, plan, tenantId } = found;
    const controller = new AbortController();
    active.set(id, { execution, controller });
    const memoryIds: string[] = [];
    const usageRecordIds: string[] = [];
    Object.assign(execution, { status: 'running', started_at: now() });
    store.executions.save(execution);
    try {
      for (const [index, step] of plan.entries()) {
        const result = execution.steps[index];
        Object.assign(result, { status: 'running', started_at: now() });
        store.executions.save(execution);
        try {
          result.output = await runStep(step, tenantId, execution.input, controller.signal);
        } catch (error) {
          if (controller.signal.aborted) return; // cancel() already saved the canceled state
          Object.assign(result, { status: 'failed', finished_at: now() });
          Object.assign(execution, { status: 'failed', error: `step ${index} (${step.type}) failed: ${(error as Error).message}`, finished_at: now() });
          return store.executions.save(execution);
        }
        if (controller.signal.aborted) return;
        Object.assign(result, { status: 'succeeded', finished_at: now() });
        if (typeof result.output.memory_id === 'string') memoryIds.push(result.output.memory_id);
        if (typeof result.output.usage_record_id === 'string') usageRecordIds.push(result.output.usage_record_id);
        store.executions.save(execution);
      }
      Object.assign(execution, { status: 'succeeded', output: { memory_ids: memoryIds, usage_record_ids: usageRecordIds }, finished_at: now() });
      store.executions.save(execution);
    } finally {
      active.delete(id);
    }
  }

  return {
    start: (id: string) => void setImmediate(() => void run(id)),
    /** Marks the execution canceled at once and stops its runner; null when it had already finished. */
    cancel(id: string): Execution | null {
      const entry = active.get(id);
      const execution = entry?.execution ?? store.executions.get(id)!;
      if (FINAL.has(execution.status)) return null;
      const at = now();
      closeOpenSteps(execution, at);
      Object.assign(execution, { status: 'canceled', error: 'canceled by request', finished_at: at });
      store.executions.save(execution);
      entry?.controller.abort();
      return execution;
    },
    /**
     * After a restart: a queued execution had not begun and is started now; a running one may have
     * half-applied a step, so it is failed with a reason rather than replayed.
     */
    recover() {
      for (const execution of store.executions.unfinished()) {
        if (execution.status === 'queued') {
          run(execution.id);
          continue;
        }
        const at = now();
        closeOpenSteps(execution, at);
        Object.assign(execution, { status: 'failed', error: 'interrupted by a server restart while running', finished_at: at });
        store.executions.save(execution);
      }
    },
    stop: () => active.forEach(({ controller }) => controller.abort()),
  };
}
export type Engine = ReturnType<typeof createEngine>;
