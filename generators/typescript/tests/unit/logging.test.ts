// Debug logging: one record per attempt naming the call and its outcome, one per retry; the level
// comes from COGNITIONOS_LOG; the API key and the secrets an answer carries never reach a record.
import { inspect } from 'node:util';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CognitionOSError, type Logger } from '../../src/index.js';
import { LOG_ENV } from '../../src/internal/policy.js';
import { answersInTurn, API_KEY, BASE_URL, json, newClient, problem, server, tenant } from './mock-server.js';

interface Entry {
  level: keyof Logger;
  message: string;
  fields: Record<string, unknown>;
}

function recordingLogger(): { logger: Logger; entries: Entry[] } {
  const entries: Entry[] = [];
  const at = (level: keyof Logger) => (message: string, fields: Record<string, unknown>) => entries.push({ level, message, fields });
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, entries };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('logging', () => {
  it('records each attempt and each retry, and never the API key or a secret', async () => {
    const secret = 'cog_live_0123456789abcdef0123456789abcdef';
    const created = { id: 'key_1', name: 'ci', prefix: 'cog_live_01', created_at: tenant.created_at, revoked_at: null, secret };
    server.use(http.post(`${BASE_URL}/tenants/ten_1/api_keys`, answersInTurn([() => problem(503, 'Unavailable', `busy, key ${API_KEY}`, 'req_1'), () => json(created)])));
    const { logger, entries } = recordingLogger();
    const call = newClient({ logger }).tenants.apiKeys.create('ten_1', { name: 'ci' });
    await vi.runAllTimersAsync();
    await call;
    expect(entries.map((e) => [e.level, e.message, e.fields.attempt ?? e.fields.retry, e.fields.status])).toEqual([
      ['debug', 'cognitionos request', 1, 503],
      ['info', 'cognitionos retry', 1, undefined],
      ['debug', 'cognitionos request', 2, 200],
    ]);
    expect(entries[0]!.fields).toMatchObject({ method: 'POST', path: '/api/v3/tenants/ten_1/api_keys', request_id: 'req_1' });
    expect(typeof entries[0]!.fields.elapsed_ms).toBe('number');
    const logged = inspect(entries, { depth: 5 });
    expect(logged).not.toContain(API_KEY);
    expect(logged).not.toContain(secret);
  });

  it.each([
    ['info', ['info']],
    ['warn', []],
    ['off', []],
    ['DEBUG', ['debug', 'info', 'debug']],
  ])('%s=%s keeps the records at that level and above', async (level, expected) => {
    vi.stubEnv(LOG_ENV, level);
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([() => problem(503, 'Unavailable', 'busy'), () => json(tenant)])));
    const { logger, entries } = recordingLogger();
    const call = newClient({ logger }).tenants.retrieve('ten_1');
    await vi.runAllTimersAsync();
    await call;
    expect(entries.map((e) => e.level)).toEqual(expected);
  });

  it('logs to console only when the variable asks', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, () => json(tenant)));
    await newClient().tenants.retrieve('ten_1');
    expect(debug).not.toHaveBeenCalled();
    vi.stubEnv(LOG_ENV, 'debug');
    await newClient().tenants.retrieve('ten_1');
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
  });

  it('refuses a level it does not know, naming the variable', () => {
    vi.stubEnv(LOG_ENV, 'verbose');
    expect(() => newClient()).toThrow(CognitionOSError);
    expect(() => newClient()).toThrow(`${LOG_ENV}=verbose: expected one of debug, info, warn, error, off`);
  });
});
