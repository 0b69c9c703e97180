import { adminKeyStore } from './admin-key.ts';
import { apiKeyStore } from './api-keys.ts';
import { storeAvailability } from './availability.ts';
import { openDb, type Db } from './db.ts';
import { executionStore } from './executions.ts';
import { idempotencyStore } from './idempotency.ts';
import { memoryStore } from './memories.ts';
import { pluginStore } from './plugins.ts';
import { subscriptionStore } from './subscriptions.ts';
import { tenantStore } from './tenants.ts';
import { usageStore } from './usage.ts';
import { workflowStore } from './workflows.ts';

export interface StoreOptions {
  idempotencyRetentionMs: number;
}

export function openStore(file: string, options: StoreOptions) {
  const db: Db = openDb(file);
  const { write, canWrite } = storeAvailability(db);
  return {
    db,
    /** Every write of a request or a timer goes through here: one transaction, a 503 when the store is unavailable. */
    write,
    canWrite,
    adminKey: adminKeyStore(db),
    tenants: tenantStore(db),
    apiKeys: apiKeyStore(db),
    subscriptions: subscriptionStore(db),
    plugins: pluginStore(db),
    workflows: workflowStore(db),
    executions: executionStore(db),
    memories: memoryStore(db),
    usage: usageStore(db),
    idempotency: idempotencyStore(db, options.idempotencyRetentionMs),
  };
}
export type Store = ReturnType<typeof openStore>;
