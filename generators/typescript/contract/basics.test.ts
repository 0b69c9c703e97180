import { describe, expect, it } from 'vitest';
import { SPEC_VERSION } from '../../src/index.js';
import { admin, clientFor, env, expectSpecVersion } from './environment.js';

describe('basics', () => {
  it('health.check: answers ok, the server version and a store check, without a key', async () => {
    const health = await clientFor('', 'COGNITIONOS_BASE_URL').health.check();
    expect(health.status).toBe('ok');
    expect(health.store).toBe('ok');
    expect(health.version).toEqual(expect.any(String));
    expect(health.uptime_seconds).toBeGreaterThanOrEqual(0);
  });

  it('spec.version: the server speaks the spec this SDK was generated from', async () => {
    await expectSpecVersion(admin);
    const { response } = await admin.tenants.list({ limit: 1 }).withResponse();
    expect(response.headers.get('cognitionos-spec-version')).toBe(SPEC_VERSION);
    expect(env.COGNITIONOS_BASE_URL).toMatch(/\/api\/v3$/);
  });
});
