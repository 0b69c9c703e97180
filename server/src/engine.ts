// Runs executions for real, in the background, one step at a time, saving progress after each step.
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { MemoryCreateParams, UsageRecordParams } from '../../spec/src/index.ts';
import { isStoreUnavailable } from './store/availability.ts';
import { now } from './store/db.ts';
import { FINAL, type Execution } from './store/executions.ts';
import type { Store } from './store/index.ts';
import type { Step } from './store/workflows.ts';

type StepResult = Execution['steps'][number];

/** Object.assign checked against the target's type: a status the spec does not declare does not compile. */
const change = <T extends object>(target: T, changes: Partial<T>) => void Object.assign(target, changes);

const PLACEHOLDER = /\{\{\s*input\.([A-Za-z0-9_.]+)\s*\}\}/g;

/** The input value at a dotted path, by own properties only: `input.constructor` is not Object's. */
function valueAt(input: Record<string, unknown>, path: string): unknown {
  let node: unknown = input;
  for (const key of path.split('.')) node = node && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * `{{input.customer}}` (or a dotted path into the input) becomes that input value. Stops as soon as the
 * text passes `maxLength`: a short template repeating a large input must not build a huge string.
 */
export function fillTemplate(template: string, input: Record<string, unknown>, maxLength: number): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    out += template.slice(last, match.index) + asText(valueAt(input, match[1]));
    last = match.index + match[0].length;
    if (out.length > maxLength) throw new Error(`the filled content is longer than ${maxLength} characters, the limit of memory content`);
  }
  return out + template.slice(last);
}

/**
 * What a step writes obeys the limits of the API's own create operation; a violation fails the step
 * with the field and the reason. With at most 50 steps, each bounded so, an execution's output is bounded.
 */
function checked<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
}
const maxContent = MemoryCreateParams.shape.content.maxLength!;

/** What the steps wrote, in step order. */
function outputOf(execution: Execution) {
  const written = (field: string) => execution.steps.map((step) => step.output[field]).filter((id): id is string => typeof id === 'string');
  return { memory_ids: written('memory_id'), usage_record_ids: written('usage_record_id') };
}

function closeOpenSteps(execution: Execution, at: string) {
  for (const step of execution.steps) if (step.status === 'pending' || step.status === 'running') change(step, { status: 'canceled', finished_at: at });
}

/** How long a run the store cut short waits before it is tried again. */
const STORE_RETRY_MS = 1000;

export function createEngine(store: Store) {
  const active = new Map<string, { execution: Execution; controller: AbortController }>();
  const waiting = new Set<NodeJS.Timeout>();
  let stopped = false;

  function runStep(step: Step, tenantId: string, input: Execution['input'], signal: AbortSignal): Promise<StepResult['output']> | StepResult['output'] {
    switch (step.type) {
      case 'delay':
        return sleep(step.duration_ms, undefined, { signal }).then(() => ({}));
      case 'memory_write': {
        const params = checked(MemoryCreateParams, { scope: step.scope, content: fillTemplate(step.content, input, maxContent) });
        const memory = store.memories.create(tenantId, params);
        return { memory_id: memory.id };
      }
      case 'usage_record': {
        const record = store.usage.record(tenantId, checked(UsageRecordParams, { metric: step.metric, quantity: step.quantity }));
        return { usage_record_id: record.id };
      }
      default:
        // A plan stored by a newer server version may hold a step type this one does not know (run()
        // names the step and its type in the execution's error).
        throw new Error('unknown step type');
    }
  }

  async function run(id: string) {
    if (stopped) return; // started just before a graceful stop: recovered after the next start
    const found = store.executions.forRun(id);
    if (!found || FINAL.has(found.execution.status)) return;
    const { execution, plan, tenantId } = found;
    const controller = new AbortController();
    active.set(id, { execution, controller });
    // A resumed execution (see recover) keeps its start time.
    if (execution.status === 'queued') {
      change(execution, { status: 'running', started_at: now() });
      store.executions.save(execution);
    }
    try {
      for (const [index, step] of plan.entries()) {
        // Deleting the tenant (or the workflow) deletes the execution: then no later step may write.
        if (!store.executions.exists(id)) return;
        const result = execution.steps[index];
        if (result.status === 'succeeded') continue; // done before a graceful restart
        change(result, { status: 'running', started_at: now() });
        store.executions.save(execution);
        try {
          result.output = await runStep(step, tenantId, execution.input, controller.signal);
        } catch (error) {
          if (controller.signal.aborted) return; // cancel() already saved the canceled state
          change(result, { status: 'failed', finished_at: now() });
          change(execution, { status: 'failed', error: `step ${index} (${step.type}) failed: ${(error as Error).message}`, finished_at: now() });
          return store.executions.save(execution);
        }
        if (controller.signal.aborted) return;
        change(result, { status: 'succeeded', finished_at: now() });
        store.executions.save(execution);
      }
      change(execution, { status: 'succeeded', output: outputOf(execution), finished_at: now() });
      store.executions.save(execution);
    } finally {
      active.delete(id);
    }
  }

  /**
   * Runs an execution in the background. A store that cannot write (locked, full) ends the run where it
   * was; it is tried again later by the rule for a restart (`recoverOne`): the run's in-memory progress
   * is gone, and a step the store still says is running may have half-applied, so it is failed, not replayed.
   */
  function runInBackground(id: string) {
    run(id).catch((error: unknown) => {
      if (!isStoreUnavailable(error)) throw error;
      retryLater(id);
    });
  }

  function retryLater(id: string) {
    if (stopped) return; // still unfinished in the store: the next start recovers it
    const timer = setTimeout(() => {
      waiting.delete(timer);
      try {
        const execution = store.executions.get(id);
        if (execution && !FINAL.has(execution.status)) recoverOne(execution);
      } catch (error) {
        if (!isStoreUnavailable(error)) throw error;
        retryLater(id);
      }
    }, STORE_RETRY_MS);
    waiting.add(timer);
  }

  /**
   * A queued execution had not begun and is started now. A running one with no step marked running was
   * stopped between steps (a graceful stop puts its interrupted delay back to pending) and resumes at its
   * first unfinished step. One with a step marked running may have half-applied it (a crash, or a store
   * that failed mid-step), so it is failed with a reason rather than replayed.
   */
  function recoverOne(execution: Execution) {
    if (!execution.steps.some((step) => step.status === 'running')) return runInBackground(execution.id);
    const at = now();
    closeOpenSteps(execution, at);
    change(execution, { status: 'failed', error: 'interrupted while running (a server restart or a store outage)', finished_at: at });
    store.executions.save(execution);
  }

  /** Marks the execution canceled at once and stops its runner; null when it had already finished. */
  function cancel(id: string): Execution | null {
    const entry = active.get(id);
    const execution = entry?.execution ?? store.executions.get(id)!;
    if (FINAL.has(execution.status)) return null;
    const at = now();
    closeOpenSteps(execution, at);
    change(execution, { status: 'canceled', error: 'canceled by request', finished_at: at });
    store.executions.save(execution);
    entry?.controller.abort();
    return execution;
  }

  return {
    start: (id: string) => void setImmediate(() => runInBackground(id)),
    cancel,
    /** After a restart: every unfinished execution, by `recoverOne`'s rule. */
    recover() {
      for (const execution of store.executions.unfinished()) recoverOne(execution);
    },
    cancelAll: (ids: string[]) => ids.forEach(cancel),
    /**
     * Stops every runner between steps, for a graceful shutdown. Only a delay can be waiting (writes are
     * synchronous), so the interrupted step is put back to pending and runs again after the next start.
     */
    stop() {
      stopped = true;
      for (const timer of waiting) clearTimeout(timer);
      waiting.clear();
      for (const { execution, controller } of active.values()) {
        controller.abort();
        for (const step of execution.steps) if (step.status === 'running') change(step, { status: 'pending', started_at: null });
        store.executions.save(execution);
      }
      active.clear();
    },
  };
}
export type Engine = ReturnType<typeof createEngine>;
