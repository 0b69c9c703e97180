import type { Engine } from '../engine.ts';
import type { Store } from '../store/index.ts';

export type Principal =
  | { kind: 'anonymous'; id: 'anonymous' }
  | { kind: 'admin'; id: 'admin' }
  | { kind: 'tenant'; id: string; tenantId: string; suspended: boolean };

/**
 * What a handler gets: validated input, who is calling, and the server's state. The input is typed per
 * operation by handler.ts; here, where the pipeline builds it, it is what validation output.
 */
export interface Context {
  store: Store;
  engine: Engine;
  principal: Principal;
  /** The tenant the operation acts in: the caller's own for tenant keys, the path's for tenant paths. */
  tenantId: string;
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * A handler returns the response body (undefined for 204) or throws a Problem. Synchronous: with an
 * Idempotency-Key, the handler's writes and the key's record commit in one transaction.
 */
export type Handler = (ctx: Context) => unknown;

/**
 * A body already stored as JSON text (a tenant's `json` column): sent as it is, instead of rows being
 * turned into objects and the objects back into JSON, which cost a third of a list request.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/** The JSON text of a handler's body, whichever form it came in. */
export const jsonOf = (body: unknown) => (body instanceof JsonText ? body.text : JSON.stringify(body));

/** A handler's answer under another status its operation declares (the health check's 503). */
export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export interface Result {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** Whether the body is a problem+json; by default, any status from 400 up. */
  problem?: boolean;
}
