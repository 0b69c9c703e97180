// The line a driver prints per call (protocol in test/chaos/columns.ts, shape in drive.ts), for the
// drivers written in TypeScript that do not hold an SDK error object (the CLI and MCP columns read
// the error's words).
import type { CallLine } from '../drive.ts';

export type Outcome = Omit<CallLine, 'op' | 'key' | 'ms'>;

export async function report(op: string, key: string, run: () => Promise<Outcome>): Promise<Outcome> {
  const started = performance.now();
  const outcome = await run();
  console.log(JSON.stringify({ op, key, ...outcome, ms: Math.round(performance.now() - started) }));
  return outcome;
}

export const env = (name: string) => process.env[name] ?? '';

/** Runs the protocol's loop with one function per operation; returns when the end time passes. */
export async function loop(ops: { create(content: string): Promise<Outcome>; retrieve(id: string, content: string): Promise<Outcome>; record(metric: string): Promise<Outcome> }): Promise<void> {
  const { createInterface } = await import('node:readline');
  console.log(JSON.stringify({ ready: true }));
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const endAt = Number((await lines.next()).value);
  const marker = env('CHAOS_MARKER');
  for (let i = 0; Date.now() < endAt && i < Number(env('CHAOS_MAX_ITERATIONS')); i++) {
    const content = `${marker} ${i}`;
    const created = await report('create', content, () => ops.create(content));
    if (created.ok) await report('retrieve', content, () => ops.retrieve(created.id!, content));
    const metric = `chaos_${marker}_${i}`;
    await report('record', metric, () => ops.record(metric));
    await new Promise((resolve) => setTimeout(resolve, Number(env('CHAOS_PAUSE_MS'))));
  }
}
