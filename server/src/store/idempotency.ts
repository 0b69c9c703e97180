// Idempotency-Key records (IETF draft-ietf-httpapi-idempotency-key-header), kept for the retention
// the server is configured with (24 hours by default).
import { hash } from 'node:crypto';
import type { Db } from './db.ts';

export interface StoredResponse { status: number; headers: Record<string, string>; body: string }
export type Claim =
  | { kind: 'new' }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' }
  | { kind: 'replay'; response: StoredResponse };

/**
 * JSON text of a parsed value with every object's keys sorted, so two bodies that differ only in key
 * order (or whitespace) are the same request. Recursive: bodies are depth-limited before they get here.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (!value || typeof value !== 'object') return JSON.stringify(value ?? null);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

export const fingerprintOf = (method: string, path: string, body: unknown) =>
  hash('sha256', `${method} ${path}\n${canonicalJson(body)}`, 'hex');

export function idempotencyStore(db: Db, retentionMs: number) {
  const find = db.prepare<[string, string], { fingerprint: string; state: string; status: number; headers: string; body: string; created_at: number }>(
    'SELECT * FROM idempotency WHERE principal = ? AND key = ?',
  );
  const claim = db.prepare("INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, 'in_flight', NULL, NULL, NULL, ?)");
  const complete = db.prepare("UPDATE idempotency SET state = 'done', status = ?, headers = ?, body = ? WHERE principal = ? AND key = ?");
  const purge = db.prepare('DELETE FROM idempotency WHERE created_at < ?');

  /** Claims the key for this request, or says why it cannot be processed again. Atomic: one transaction. */
  const claimKey = db.transaction((principal: string, key: string, fingerprint: string): Claim => {
    const existing = find.get(principal, key);
    if (existing && existing.created_at > Date.now() - retentionMs) {
      if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (existing.state === 'in_flight') return { kind: 'in_flight' };
      return { kind: 'replay', response: { status: existing.status, headers: JSON.parse(existing.headers), body: existing.body } };
    }
    claim.run(principal, key, fingerprint, Date.now());
    return { kind: 'new' };
  });
  const completeKey = (principal: string, key: string, response: StoredResponse) =>
    complete.run(response.status, JSON.stringify(response.headers), response.body, principal, key);

  return {
    claim: claimKey,
    complete: completeKey,
    /**
     * Runs `produce` under the key at most once. The claim, everything `produce` writes and its stored
     * answer commit in one transaction: a crash at any point leaves either nothing (a retry runs afresh)
     * or the writes with their answer (a retry replays it), never a claim that answers 409 for a day.
     */
    once<T>(principal: string, key: string, fingerprint: string, produce: () => { value: T; stored: StoredResponse }): Exclude<Claim, { kind: 'new' }> | { kind: 'done'; value: T } {
      return db.transaction(() => {
        const claimed = claimKey(principal, key, fingerprint);
        if (claimed.kind !== 'new') return claimed;
        const { value, stored } = produce();
        completeKey(principal, key, stored);
        return { kind: 'done' as const, value };
      })();
    },
    /** Forgets keys past the retention; the app calls it at start and hourly. */
    purgeExpired: () => purge.run(Date.now() - retentionMs).changes,
  };
}
