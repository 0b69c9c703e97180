// The chaos run's TypeScript column: steady traffic through the TypeScript SDK (protocol in
// test/chaos/columns.ts). Each iteration creates a memory, reads it back and records a usage metric,
// each named by the iteration so the store audit can count it; the SDK sends its own Idempotency-Keys.
import { createInterface } from 'node:readline';
import { APIError, APITimeoutError, CognitionOSClient } from '../../../sdks/typescript/src/index.js';

const env = (name: string) => process.env[name] ?? '';
const client = new CognitionOSClient({
  apiKey: env('COGNITIONOS_API_KEY'),
  baseURL: env('COGNITIONOS_BASE_URL'),
  timeout: Number(env('CHAOS_TIMEOUT_MS')),
  maxRetries: Number(env('CHAOS_MAX_RETRIES')),
});
const marker = env('CHAOS_MARKER');

/** One SDK call, reported as one JSON line: what it was for, and how it ended as the caller saw it. */
async function call<T>(op: string, key: string, run: () => Promise<T>, check: (value: T) => { id: string; mismatch?: boolean }) {
  const started = performance.now();
  const line: Record<string, unknown> = { op, key };
  try {
    Object.assign(line, { ok: true, ...check(await run()) });
  } catch (error) {
    Object.assign(line, { ok: false, error: (error as Error).constructor.name, status: error instanceof APIError ? (error.status ?? null) : null, timeout: error instanceof APITimeoutError });
  }
  line.ms = Math.round(performance.now() - started);
  console.log(JSON.stringify(line));
  return line;
}

console.log(JSON.stringify({ ready: true }));
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const endAt = Number((await lines.next()).value);
for (let i = 0; Date.now() < endAt && i < Number(env('CHAOS_MAX_ITERATIONS')); i++) {
  const content = `${marker} ${i}`;
  const created = await call('create', content, () => client.memories.create({ scope: 'private', content }), (memory) => ({ id: memory.id }));
  if (created.ok) await call('retrieve', content, () => client.memories.retrieve(created.id as string), (memory) => ({ id: memory.id, mismatch: memory.content !== content }));
  const metric = `chaos_${marker}_${i}`;
  await call('record', metric, () => client.usage.record({ metric, quantity: 1 }), (record) => ({ id: record.id }));
  await new Promise((resolve) => setTimeout(resolve, Number(env('CHAOS_PAUSE_MS'))));
}
process.exit(0);
