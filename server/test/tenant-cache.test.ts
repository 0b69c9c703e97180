// Tenants read by id come from the store's cache: a read after any write, committed or rolled back,
// must still say what the file says, and no caller can change the copy the others are served.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/index.ts';
import type { Tenant } from '../src/store/tenants.ts';

let store: Store;
let tenant: Tenant;
beforeEach(() => {
  store = openStore(':memory:', { idempotencyRetentionMs: 60_000 });
  tenant = store.tenants.create({ name: 'Acme', metadata: { tier: 'gold' } })!;
  store.tenants.get(tenant.id); // cached from here on
});
afterEach(() => store.db.close());

/** What the file says, read past the cache. */
const inFile = (id: string) => store.db.prepare<[string], string>('SELECT json FROM tenants WHERE id = ?').pluck().get(id);
const rolledBack = (write: () => void) => {
  const fail = store.db.transaction(() => {
    write();
    throw new Error('rolled back');
  });
  expect(fail).toThrow('rolled back');
};

describe('tenant cache', () => {
  it.each<[string, { given: () => void; want: () => Partial<Tenant> | undefined }]>([
    ['an update is read back', { given: () => store.tenants.update(tenant, { name: 'Renamed' }), want: () => ({ name: 'Renamed' }) }],
    ['a suspension is read back (authentication reads it)', { given: () => store.tenants.update(tenant, { status: 'suspended' }), want: () => ({ status: 'suspended' }) }],
    ['a delete is read back as no tenant', { given: () => store.tenants.delete(tenant.id), want: () => undefined }],
    ['an update rolled back leaves the tenant as it was', { given: () => rolledBack(() => store.tenants.update(tenant, { name: 'Never' })), want: () => ({ name: 'Acme' }) }],
    [
      'a read inside a transaction that is rolled back caches nothing it saw',
      { given: () => rolledBack(() => (store.tenants.update(tenant, { name: 'Uncommitted' }), store.tenants.get(tenant.id))), want: () => ({ name: 'Acme' }) },
    ],
    ['a delete rolled back leaves the tenant', { given: () => rolledBack(() => store.tenants.delete(tenant.id)), want: () => ({ name: 'Acme' }) }],
  ])('%s', (_name, { given, want }) => {
    given();
    const expected = want();
    const fromFile = inFile(tenant.id);
    if (expected === undefined) {
      expect(fromFile).toBeUndefined();
      expect(store.tenants.get(tenant.id)).toBeUndefined();
      expect(store.tenants.getJson(tenant.id)).toBeUndefined();
      return;
    }
    expect(JSON.parse(fromFile!)).toMatchObject(expected);
    expect(store.tenants.getJson(tenant.id)).toBe(fromFile);
    expect(store.tenants.get(tenant.id)).toEqual(JSON.parse(fromFile!));
  });

  it('serves a frozen copy: a caller that tries to change it fails, and the next caller sees it unchanged', () => {
    const served = store.tenants.get(tenant.id)!;
    expect(() => Object.assign(served, { name: 'Changed' })).toThrow(TypeError);
    expect(() => Object.assign(served.metadata, { tier: 'free' })).toThrow(TypeError);
    expect(store.tenants.get(tenant.id)).toMatchObject({ name: 'Acme', metadata: { tier: 'gold' } });
  });
});
