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

/** A lock held elsewhere: a write that can start (takes the lock) shows it is gone. */
const LOCKED = /^SQLITE_(BUSY|LOCKED)(_|$)/;

export function storeAvailability(db: Db) {
  /** Why the store is degraded: a lock (an empty write transaction proves it gone) or anything else (only a real write does). */
  let degraded: 'lock' | 'other' | null = null;
  // One transaction function for every write: BEGIN IMMEDIATE takes the write lock first. A deferred
  // BEGIN that reads before it writes would have to upgrade its read lock, and SQLite refuses that
  // upgrade at once, without the busy timeout, when another connection holds the lock.
  const writing = db.transaction(<T>(run: () => T) => run());

  function setDegraded(value: typeof degraded) {
    if (degraded === value) return;
    if ((degraded === null) !== (value === null)) db.pragma(`busy_timeout = ${value ? 0 : BUSY_TIMEOUT_MS}`);
    degraded = value;
  }

  /** Runs `run` in one write transaction: all of its writes commit, or none (it throws). */
  function write<T>(run: () => T, probe = false): T {
    try {
      const value = writing.immediate(run) as T;
      if (!probe || degraded === 'lock') setDegraded(null);
      return value;
    } catch (error) {
      if (isStoreUnavailable(error)) setDegraded(LOCKED.test((error as { code: string }).code) ? 'lock' : 'other');
      throw error;
    }
  }

  return {
    write: <T>(run: () => T) => write(run),
    /**
     * Whether the store takes writes now; the health check asks it. It starts a write transaction that
     * commits nothing: that proves a lock gone, but not room on a full disk, so after such a failure
     * only a real write that succeeds says the store is back.
     */
    canWrite(): boolean {
      try {
        write(() => undefined, true);
        return degraded === null;
      } catch (error) {
        if (isStoreUnavailable(error)) return false;
        throw error;
      }
    },
  };
}
