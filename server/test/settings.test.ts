// Settings from the environment: defaults, parsed values, and a clear refusal naming the variable.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../src/settings.ts';

describe('readSettings', () => {
  it('has the documented defaults', () => {
    expect(readSettings({})).toEqual({
      PORT: 8100,
      HOST: '127.0.0.1',
      COGNITIONOS_DB: 'data/cognitionos.db',
      COGNITIONOS_ROTATE_ADMIN_KEY: false,
      COGNITIONOS_RATE_LIMIT: { limit: 600, windowSeconds: 60 },
      COGNITIONOS_AUTH_FAILURE_LIMIT: { limit: 30, windowSeconds: 60 },
      COGNITIONOS_COST_BUDGET: { ms: 1000, seconds: 2 },
      COGNITIONOS_HEADERS_TIMEOUT_MS: 10_000,
      COGNITIONOS_REQUEST_TIMEOUT_MS: 30_000,
      COGNITIONOS_KEEP_ALIVE_TIMEOUT_MS: 65_000,
      COGNITIONOS_MAX_CONNECTIONS: 1024,
      COGNITIONOS_FAULTS: null,
      COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS: 24,
      LOG_LEVEL: 'info',
    });
  });

  it.each([
    ['PORT', '0', { PORT: 0 }],
    ['COGNITIONOS_RATE_LIMIT', '5/2', { COGNITIONOS_RATE_LIMIT: { limit: 5, windowSeconds: 2 } }],
    ['COGNITIONOS_FAULTS', 'rate=1,kinds=503', { COGNITIONOS_FAULTS: { rate: 1, kinds: ['503'], delayMs: 1500 } }],
    ['COGNITIONOS_FAULTS', 'kinds=delay|reset,delay_ms=50', { COGNITIONOS_FAULTS: { rate: 0.2, kinds: ['delay', 'reset'], delayMs: 50 } }],
    ['COGNITIONOS_FAULTS', '', { COGNITIONOS_FAULTS: null }],
    ['COGNITIONOS_FAULTS', 'rate=1,kinds=503,path=/usage|/memories/search', { COGNITIONOS_FAULTS: { rate: 1, kinds: ['503'], delayMs: 1500, paths: ['/usage', '/memories/search'] } }],
    ['COGNITIONOS_COMPAT', 'newer', { COGNITIONOS_COMPAT: 'newer' }],
    ['COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS', '0.5', { COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS: 0.5 }],
    ['LOG_LEVEL', 'warn', { LOG_LEVEL: 'warn' }],
    ['COGNITIONOS_AUTH_FAILURE_LIMIT', '5/1', { COGNITIONOS_AUTH_FAILURE_LIMIT: { limit: 5, windowSeconds: 1 } }],
    ['COGNITIONOS_COST_BUDGET', '0.5/10', { COGNITIONOS_COST_BUDGET: { ms: 0.5, seconds: 10 } }],
    ['COGNITIONOS_HEADERS_TIMEOUT_MS', '2000', { COGNITIONOS_HEADERS_TIMEOUT_MS: 2000 }],
    ['COGNITIONOS_MAX_CONNECTIONS', '10', { COGNITIONOS_MAX_CONNECTIONS: 10 }],
    ['COGNITIONOS_ROTATE_ADMIN_KEY', '1', { COGNITIONOS_ROTATE_ADMIN_KEY: true }],
    ['COGNITIONOS_ROTATE_ADMIN_KEY', 'false', { COGNITIONOS_ROTATE_ADMIN_KEY: false }],
  ])('%s=%s is read', (name, value, expected) => {
    expect(readSettings({ [name]: value })).toMatchObject(expected);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['COGNITIONOS_RATE_LIMIT', '600'],
    ['COGNITIONOS_RATE_LIMIT', '0/60'],
    ['COGNITIONOS_FAULTS', 'rate=2'],
    ['COGNITIONOS_FAULTS', 'kinds=503|boom'],
    ['COGNITIONOS_FAULTS', 'rte=0.5'],
    ['COGNITIONOS_FAULTS', 'rate=1,path=usage'],
    ['COGNITIONOS_COMPAT', 'older'],
    ['COGNITIONOS_ADMIN_KEY', 'not-a-key'],
    ['COGNITIONOS_IDEMPOTENCY_RETENTION_HOURS', '0'],
    ['LOG_LEVEL', 'loud'],
    ['COGNITIONOS_AUTH_FAILURE_LIMIT', '0/60'],
    ['COGNITIONOS_COST_BUDGET', '0/1'],
    ['COGNITIONOS_COST_BUDGET', 'lots'],
    ['COGNITIONOS_HEADERS_TIMEOUT_MS', '60000'],
    ['COGNITIONOS_MAX_CONNECTIONS', '0'],
    ['COGNITIONOS_ROTATE_ADMIN_KEY', 'yes'],
  ])('%s=%s is refused, naming the variable', (name, value) => {
    expect(() => readSettings({ [name]: value })).toThrow(new RegExp(`invalid environment:\\n {2}${name}`));
  });

  it('reads --rotate-admin-key as COGNITIONOS_ROTATE_ADMIN_KEY=1 and refuses any other argument', () => {
    expect(readSettings({}, ['--rotate-admin-key'])).toMatchObject({ COGNITIONOS_ROTATE_ADMIN_KEY: true });
    expect(() => readSettings({}, ['--rotate'])).toThrow('unknown argument --rotate; the server takes --rotate-admin-key');
  });

  it('refuses to rotate an admin key that COGNITIONOS_ADMIN_KEY gives', () => {
    expect(() => readSettings({ COGNITIONOS_ADMIN_KEY: 'cog_admin_given_key' }, ['--rotate-admin-key'])).toThrow(/COGNITIONOS_ROTATE_ADMIN_KEY: .*change that variable/);
  });
});
