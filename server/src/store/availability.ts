// Whether the store can take a write now, and the one way every write reaches it.
//
// better-sqlite3 is synchronous: while SQLite waits for a lock held by another process, the whole
// server waits with it. So the busy timeout is short, and once a write finds the store unavailable
// (locked past the busy timeout, read-only, full, an I/O error) the store is marked degraded: further
// writes try once without waiting (each one is a probe, costing a failed lock attempt) and are answered
// 503, until one succeeds and the normal busy timeout returns. Reads go on: in WAL mode a writer does
// not block them.
import type { Db } from './db.ts';

/** How long a write waits for a lock another process holds before the store counts as unavailable. */
export const BUSY_TIMEOUT_MS = 1000;
/** What a 503 for an unavailable store tells the client to wait, in seconds. */
export const STORE_RETRY_AFTER_S = 1;

// SQLite's primary result codes (and their extended forms) that say the store cannot write now,
// as opposed to a bug (a constraint, a syntax error): the request may succeed later, unchanged.
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|PROTOCOL)(_|$)/;

export function isStoreUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE.test(code);
}

export function storeAvailability(db: Db) {
  let degraded = false;
  // One transaction function for every write: BEGIN IMMEDIATE takes the write lock first. A deferred
  // BEGIN that reads before it writes would have to upgrade its read lock, and SQLite refuses that
  // upgrade at once, without the busy timeout, when another connection holds the lock.
  const writing = db.transaction(<T>(run: () => T) => run());

  function setDegraded(value: boolean) {
    if (degraded === value) return;
    degraded = value;
    db.pragma(`busy_timeout = ${value ? 0 : BUSY_TIMEOUT_MS}`);
  }

  /** Runs `run` in one write transaction: all of its writes commit, or none (it throws). */
  function write<T>(run: () => T): T {
    try {
      const value = writing.immediate(run) as T;
      setDegraded(false);
      return value;
    } catch (error) {
      if (isStoreUnavailable(error)) setDegraded(true);
      throw error;
    }
  }

  return {
    write,
    /** Whether a write transaction can start now (it commits nothing); the health check asks it. */
    canWrite(): boolean {
      try {
        write(() => undefined);
        return true;
      } catch (error) {
        if (isStoreUnavailable(error)) return false;
        throw error;
      }
    },
  };
}
