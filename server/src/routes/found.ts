import { conflict, notFound } from '../http/problem.ts';
import type { Store } from '../store/index.ts';

/** The value, or a 404 naming what was missing. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}

/** The value, or a 409 saying why when the store refused (null). */
export function orConflict<T>(value: T | null, detail: string): T {
  if (value === null) throw conflict(detail);
  return value;
}

export const existingTenant = (store: Store, tenantId: string) => found(store.tenants.get(tenantId), 'tenant');
