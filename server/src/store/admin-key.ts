// The admin key's hash, kept with the data it guards: a server restarted on the same file keeps its
// admin key, and the key itself is never written anywhere (only shown once, when it is made).
import { now, type Db } from './db.ts';

export function adminKeyStore(db: Db) {
  const read = db.prepare<[], string>('SELECT hash FROM admin_key WHERE id = 1').pluck();
  const replace = db.prepare('INSERT OR REPLACE INTO admin_key (id, hash, created_at) VALUES (1, ?, ?)');
  return {
    /** The stored key's hash; undefined before the first start made one. */
    hash: (): string | undefined => read.get(),
    /** Makes `hash` the admin key's, the previous one (if any) no longer. */
    replace: (hash: string) => void replace.run(hash, now()),
  };
}
