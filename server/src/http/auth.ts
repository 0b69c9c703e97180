// Who is calling (401 when nobody valid) and whether they may call this operation (403/404).
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Access } from '../../../spec/src/index.ts';
import { hashKey } from '../store/api-keys.ts';
import { isStoreUnavailable } from '../store/availability.ts';
import type { Store } from '../store/index.ts';
import type { AuthFailureLimiter } from './auth-failures.ts';
import type { Principal } from './context.ts';
import { forbidden, notFound, Problem } from './problem.ts';

const unauthorized = (detail: string) =>
  new Problem(401, detail, [{ path: 'header.authorization', message: detail }], { 'WWW-Authenticate': 'Bearer realm="cognitionos"' });

/** Records the key's use; a stamp kept to the minute, so a store that cannot write now skips it rather than refuse the call. */
function touch(store: Store, key: Parameters<Store['apiKeys']['touch']>[0]) {
  try {
    store.write(() => store.apiKeys.touch(key));
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
  }
}

/** The admin key's most common first mistake: calling a tenant's API with it. The answer says the way on. */
export const TENANT_KEY_NEEDED =
  'This operation needs a tenant key; the admin key manages tenants. Make a tenant key with the admin key: ' +
  'POST /tenants (a tenant), then POST /tenants/{tenant_id}/api_keys (its key, in `secret`); ' +
  'or `cognition-cli tenants create --name acme`, then `cognition-cli tenants api-keys create <tenant_id> --name dev`.';

/** One answer for every key that is not valid now, so an answer never tells that a key existed. */
const INVALID_KEY = 'Invalid API key.';

export function createAuthenticator(store: Store, adminKeyHash: string, failures?: AuthFailureLimiter) {
  const adminHash = Buffer.from(adminKeyHash, 'hex');

  /** Who the request's key is; 401 when it has none or an invalid one. */
  function principalOf(req: Request): Principal {
    const header = req.headers.authorization;
    if (!header) throw unauthorized('Missing API key: send Authorization: Bearer cog_...');
    const match = /^Bearer (cog_[A-Za-z0-9_]{8,200})$/.exec(header);
    if (!match) throw unauthorized('Malformed Authorization header: expected Bearer cog_...');
    const hash = hashKey(match[1]);
    // Compare digests in constant time so response timing does not reveal how much of a key matched.
    if (timingSafeEqual(Buffer.from(hash, 'hex'), adminHash)) return { kind: 'admin', id: 'admin' };
    const key = store.apiKeys.findByHash(hash);
    if (!key || key.revoked_at) throw unauthorized(INVALID_KEY);
    touch(store, key);
    const tenant = store.tenants.get(key.tenant_id);
    if (!tenant) throw unauthorized(INVALID_KEY);
    return { kind: 'tenant', id: key.id, tenantId: key.tenant_id, suspended: tenant.status === 'suspended' };
  }

  /** The caller, unless its address has failed too often lately (429, before its key is even read). */
  return function authenticate(req: Request): Principal {
    if (!failures) return principalOf(req);
    const address = req.socket.remoteAddress ?? '';
    failures.check(address);
    try {
      return principalOf(req);
    } catch (error) {
      failures.record(address);
      throw error;
    }
  };
}

/** The tenant an operation acts in. Another tenant's objects answer 404, so their existence is not revealed. */
export function authorize(access: Access, principal: Principal, params: { tenant_id?: string }): string {
  if (access === 'public') return '';
  if (principal.kind === 'tenant' && principal.suspended) throw forbidden('This tenant is suspended.');
  switch (access) {
    case 'admin':
      if (principal.kind !== 'admin') throw forbidden('This operation needs an admin key.');
      return params.tenant_id ?? '';
    case 'tenant':
      if (principal.kind !== 'tenant') throw forbidden(TENANT_KEY_NEEDED);
      return principal.tenantId;
    case 'admin_or_own_tenant':
      if (principal.kind === 'tenant' && principal.tenantId !== params.tenant_id) throw notFound('tenant');
      return params.tenant_id!;
  }
}
