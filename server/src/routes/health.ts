import type { z } from 'zod';
import { healthCheck, SPEC_VERSION, type Health } from '../../../spec/src/index.ts';
import { Answer } from '../http/context.ts';
import { handler } from '../http/handler.ts';
import type { Store } from '../store/index.ts';

const startedAt = Date.now();

/**
 * Whether the store answers a read of a real table (a closed or broken database throws) and can start
 * a write (not locked past its busy timeout by another process, not read-only).
 */
function storeAnswers(store: Store): boolean {
  try {
    store.db.prepare('SELECT 1 FROM tenants LIMIT 1').get();
    return store.canWrite();
  } catch {
    return false;
  }
}

export const health = [
  handler(healthCheck, ({ store }) => {
    const ok = storeAnswers(store);
    const body: z.input<typeof Health> = { status: ok ? 'ok' : 'degraded', version: SPEC_VERSION, uptime_seconds: (Date.now() - startedAt) / 1000, store: ok ? 'ok' : 'error' };
    return ok ? body : new Answer(503, body);
  }),
];
