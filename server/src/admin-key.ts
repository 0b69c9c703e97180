// Which admin key a start uses (issue 22 item 6): one given in the environment; else the one made at
// the first start on this store, kept as a hash; else (first start, or a rotation asked for) a new one,
// whose hash replaces the old, so the old key answers 401 from then on.
import { randomBytes } from 'node:crypto';
import { hashKey } from './store/api-keys.ts';
import type { Store } from './store/index.ts';

/** Where this start's admin key came from; a key made now is shown once, by the caller. */
export type AdminKeyStart =
  | { source: 'environment' }
  | { source: 'stored' }
  | { source: 'first start' | 'rotated'; key: string };

export interface AdminKeyOptions {
  /** COGNITIONOS_ADMIN_KEY: used as it is, the stored key left alone. */
  given?: string;
  /** Make a new key even though one is stored. */
  rotate?: boolean;
}

export function startAdminKey(store: Store, { given, rotate = false }: AdminKeyOptions): { hash: string; start: AdminKeyStart } {
  if (given) return { hash: hashKey(given), start: { source: 'environment' } };
  const stored = store.adminKey.hash();
  if (stored && !rotate) return { hash: stored, start: { source: 'stored' } };
  const key = `cog_admin_${randomBytes(20).toString('hex')}`;
  const hash = hashKey(key);
  store.write(() => store.adminKey.replace(hash));
  return { hash, start: { source: stored ? 'rotated' : 'first start', key } };
}
