// The dispatcher serves each operation with its own bound handler, and refuses to start when an operation has
// none or two: which handler serves which operation is decided by the operation it was bound to.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.ts';
import { operationDispatcher } from '../src/http/pipeline.ts';
import { createRateLimiter } from '../src/http/rate-limit.ts';
import { createResponder } from '../src/http/respond.ts';
import { handlers } from '../src/routes/index.ts';
import { hashKey } from '../src/store/api-keys.ts';
import { openStore } from '../src/store/index.ts';

const store = openStore(':memory:', { idempotencyRetentionMs: 60_000 });
afterAll(() => store.db.close());

const mountWith = (given: typeof handlers) =>
  operationDispatcher({
    store,
    engine: createEngine(store),
    adminKeyHash: hashKey('cog_admin_mount_test'),
    rateLimit: createRateLimiter({ limit: 10, windowSeconds: 60 }),
    responder: createResponder({ newer: false, delayMs: 0 }),
    handlers: given,
    basePath: '/api/v3',
  });

describe('mounting the handlers', () => {
  it("mounts the server's own handlers: one for every operation", () => {
    expect(() => mountWith(handlers)).not.toThrow();
  });

  it('refuses an operation without a handler, naming it', () => {
    const withoutCancel = handlers.filter((bound) => bound.op.operationId !== 'workflowsExecutionsCancel');
    expect(() => mountWith(withoutCancel)).toThrow('no handler for workflowsExecutionsCancel');
  });

  it('refuses two handlers for one operation, naming it', () => {
    const twice = [...handlers, handlers.find((bound) => bound.op.operationId === 'tenantsCreate')!];
    expect(() => mountWith(twice)).toThrow('two handlers for tenantsCreate');
  });
});
