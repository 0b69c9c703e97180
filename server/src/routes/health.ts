import { SPEC_VERSION } from '../../../spec/src/index.ts';
import type { Handlers } from '../http/context.ts';

const startedAt = Date.now();

export const health: Handlers = {
  check: ({ store }) => {
    let storeStatus: 'ok' | 'error' = 'ok';
    try {
      store.db.prepare('SELECT 1').get();
    } catch {
      storeStatus = 'error';
    }
    return { status: storeStatus === 'ok' ? 'ok' : 'degraded', version: SPEC_VERSION, uptime_seconds: (Date.now() - startedAt) / 1000, store: storeStatus };
  },
};
