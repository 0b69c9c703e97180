import { hash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { ApiKey as ApiKeySchema, ApiKeyWithSecret } from '../../../spec/src/index.ts';
import { newId } from '../ids.ts';
import { limitBy, now, page, type Db } from './db.ts';

export type ApiKey = z.output<typeof ApiKeySchema>;
/** The table's row: the spec's ApiKey and the digest of its secret. */
type ApiKeyRow = ApiKey & { hash: string };

const toApiKey = ({ hash: _hash, ...key }: ApiKeyRow): ApiKey => key;

/**
 * Keys are stored as SHA-256 digests: a leaked database does not leak usable keys. One-shot `hash`
 * (a third of createHash's cost) since every authenticated request digests its key.
 */
export const hashKey = (secret: string) => hash('sha256', secret, 'hex');
export const maskKey = (secret: string) => `cog_…${secret.slice(-4)}`;

export function apiKeyStore(db: Db) {
  const insert = db.prepare('INSERT INTO api_keys VALUES (@id, @tenant_id, @name, @hash, @masked, @created_at, NULL, NULL)');
  const byHash = db.prepare<[string], ApiKeyRow>('SELECT * FROM api_keys WHERE hash = ?');
  const byId = db.prepare<[string, string], ApiKeyRow>('SELECT * FROM api_keys WHERE tenant_id = ? AND id = ?');
  const listAfter = db.prepare<[string, string, number], ApiKeyRow>(`SELECT * FROM api_keys WHERE tenant_id = ? AND id > ? ORDER BY id ${limitBy('?')}`);
  const revoke = db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const touch = db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?');

  return {
    create(tenantId: string, name: string): z.output<typeof ApiKeyWithSecret> {
      const secret = `cog_${randomBytes(24).toString('hex')}`;
      const row: ApiKeyRow = { id: newId('key'), tenant_id: tenantId, name, hash: hashKey(secret), masked: maskKey(secret), created_at: now(), last_used_at: null, revoked_at: null };
      insert.run(row);
      return { ...toApiKey(row), secret };
    },
    findByHash: (hash: string) => byHash.get(hash),
    get: (tenantId: string, id: string) => {
      const row = byId.get(tenantId, id);
      return row && toApiKey(row);
    },
    list: (tenantId: string, after: string, limit: number) => page(listAfter.all(tenantId, after, limit + 1).map(toApiKey), limit),
    revoke(tenantId: string, id: string) {
      revoke.run(now(), id);
      return toApiKey(byId.get(tenantId, id)!);
    },
    /**
     * Records a use. last_used_at is kept to the minute: a synchronous disk write on every
     * authenticated request would cost more than the request itself.
     */
    touch(key: Pick<ApiKey, 'id' | 'last_used_at'>) {
      if (key.last_used_at && Date.now() - Date.parse(key.last_used_at) < 60_000) return;
      touch.run(now(), key.id);
    },
  };
}
