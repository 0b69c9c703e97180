// Generated from generators/cli/tests/runtime.test.ts by generators/cli. Do not edit: change generators/cli/tests/runtime.test.ts or the generator.
// The runtime's pure parts: flag values, --data, output formats, exit codes, credentials.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { AppInfo } from '../src/runtime/app.js';
import { configPath, readConfig, resolveTarget, writeConfig } from '../src/runtime/config.js';
import { EXIT, exitCodeFor, problemOf } from '../src/runtime/errors.js';
import { renderDocument, resolveFormat, toYaml } from '../src/runtime/output.js';
import type { FlagSpec } from '../src/runtime/spec.js';
import { buildParams, parseFlagValue, readData, UsageError } from '../src/runtime/values.js';

const flag = (over: Partial<FlagSpec>): FlagSpec => ({ flag: 'x', wire: 'x', kind: 'string', required: false, in: 'body', description: '', ...over });

describe('flag values', () => {
  it('parses numbers and refuses what is not one, naming the flag and the form', () => {
    expect(parseFlagValue(flag({ flag: 'top-k', kind: 'integer' }), '5', undefined)).toBe(5);
    expect(parseFlagValue(flag({ kind: 'number' }), '2.5', undefined)).toBe(2.5);
    expect(() => parseFlagValue(flag({ flag: 'top-k', kind: 'integer' }), '2.5', undefined)).toThrow('--top-k: expected an integer, got "2.5"');
    expect(() => parseFlagValue(flag({ kind: 'number' }), '', undefined)).toThrow(UsageError);
  });

  it('checks enum values and list items against the allowed values', () => {
    expect(parseFlagValue(flag({ kind: 'enum', values: ['a', 'b'] }), 'b', undefined)).toBe('b');
    expect(() => parseFlagValue(flag({ flag: 'plan', kind: 'enum', values: ['a', 'b'] }), 'c', undefined)).toThrow('--plan: expected one of a, b, got "c"');
    const list = flag({ kind: 'list', item: 'enum', values: ['r', 'w'] });
    expect(parseFlagValue(list, 'w', parseFlagValue(list, 'r', undefined))).toEqual(['r', 'w']);
    expect(parseFlagValue(list, 'r,w', undefined)).toEqual(['r', 'w']);
    expect(() => parseFlagValue(list, 'x', undefined)).toThrow(UsageError);
  });

  it('takes maps as JSON or repeated key=value, and objects as JSON only', () => {
    const map = flag({ flag: 'metadata', kind: 'map' });
    expect(parseFlagValue(map, 'team=ml', parseFlagValue(map, '{"env":"prod"}', undefined))).toEqual({ env: 'prod', team: 'ml' });
    expect(parseFlagValue(map, 'url=a=b', undefined)).toEqual({ url: 'a=b' });
    expect(() => parseFlagValue(map, 'novalue', undefined)).toThrow('--metadata: expected a JSON object or key=value');
    expect(() => parseFlagValue(flag({ flag: 'steps', kind: 'json' }), '[{', undefined)).toThrow('--steps: expected JSON');
  });

  it('builds params from --data, flags overriding its fields, and names missing required flags', async () => {
    const flags = [flag({ flag: 'name', wire: 'name', required: true }), flag({ flag: 'top-k', wire: 'top_k', kind: 'integer' })];
    const data = await readData('{"name":"from-data","top_k":1}', async () => '');
    expect(buildParams(flags, { top_k: 9 }, data)).toEqual({ name: 'from-data', top_k: 9 });
    expect(await readData('-', async () => '{"name":"stdin"}')).toEqual({ name: 'stdin' });
    expect(() => buildParams(flags, {}, undefined)).toThrow('missing --name');
    await expect(readData('[1]', async () => '')).rejects.toThrow('--data: expected a JSON object');
    await expect(readData('@/nonexistent/file.json', async () => '')).rejects.toThrow('--data: cannot read /nonexistent/file.json: ENOENT');
  });
});

describe('output', () => {
  const rows = [
    { id: 'ten_1', name: 'Acme', status: 'active', metadata: { env: 'prod' } },
    { id: 'ten_2', name: 'Globex', status: 'suspended', metadata: {} },
  ];

  it('auto is a table on a terminal and JSON when piped', () => {
    expect(resolveFormat('auto', true)).toBe('table');
    expect(resolveFormat('auto', false)).toBe('json');
    expect(resolveFormat('yaml', true)).toBe('yaml');
  });

  it('a table shows the scalar columns, or the --fields ones in their order', () => {
    expect(renderDocument(rows, 'table', { color: false })).toBe('ID     NAME    STATUS\nten_1  Acme    active\nten_2  Globex  suspended\n');
    expect(renderDocument(rows, 'table', { color: false, fields: ['status', 'metadata'] })).toBe('STATUS     METADATA\nactive     {"env":"prod"}\nsuspended  {}\n');
  });

  it('json and jsonl pick --fields keys', () => {
    expect(JSON.parse(renderDocument(rows[0], 'json', { color: false, fields: ['id', 'status'] }))).toEqual({ id: 'ten_1', status: 'active' });
    expect(renderDocument(rows, 'jsonl', { color: false, fields: ['id'] })).toBe('{"id":"ten_1"}\n{"id":"ten_2"}\n');
  });

  it('yaml reads back as the same value (checked with the yaml package)', () => {
    const value = { data: rows, tricky: ['true', '1.5', 'a: b', '', ' lead', 'null', '- x', '#c', 'multi\nline'], n: 1.5, b: false, none: null, empty: [], obj: {} };
    expect(parseYaml(toYaml(value, 0))).toEqual(value);
    expect(parseYaml(renderDocument(rows, 'yaml', { color: false }))).toEqual(rows);
  });
});

describe('exit codes', () => {
  const sdkError = (name: string, status?: number) => Object.assign(new Error('x'), { name, status });
  it('maps each failure to its documented code', () => {
    expect(exitCodeFor(new UsageError('x'))).toBe(EXIT.usage);
    expect(exitCodeFor(sdkError('NotFoundError', 404))).toBe(3);
    expect(exitCodeFor(sdkError('AuthenticationError', 401))).toBe(4);
    expect(exitCodeFor(sdkError('PermissionDeniedError', 403))).toBe(4);
    for (const status of [400, 409, 413, 422]) expect(exitCodeFor(sdkError('APIError', status))).toBe(5);
    expect(exitCodeFor(sdkError('BadRequestError'))).toBe(5);
    expect(exitCodeFor(sdkError('RateLimitError', 429))).toBe(6);
    expect(exitCodeFor(sdkError('InternalServerError', 503))).toBe(7);
    expect(exitCodeFor(sdkError('APITimeoutError'))).toBe(7);
    expect(exitCodeFor(sdkError('APIConnectionError'))).toBe(7);
    expect(exitCodeFor(new Error('other'))).toBe(1);
  });

  it('the problem object keeps the server body and adds the request id and idempotency key', () => {
    const error = Object.assign(new Error('x'), { status: 404, problem: { title: 'Not found', status: 404 }, requestId: 'req_1', idempotencyKey: 'k' });
    expect(problemOf(error)).toEqual({ title: 'Not found', status: 404, request_id: 'req_1', idempotency_key: 'k' });
    expect(problemOf(new UsageError('--x: bad'))).toEqual({ title: 'Usage error', detail: '--x: bad' });
  });
});

describe('credentials', () => {
  const app = { bin: 'c', apiKeyEnv: 'K', baseUrlEnv: 'U', defaultBaseUrl: 'http://default/api/v3', configFolder: 'cognitionos' } as AppInfo;
  const home = mkdtempSync(join(tmpdir(), 'cli-config-'));
  const env = { XDG_CONFIG_HOME: home };
  writeConfig(configPath(app, env), { profiles: { default: { api_key: 'cog_profile', base_url: 'http://profile/api/v3' }, ops: { api_key: 'cog_ops' } } });

  it('writes the config 0600 under $XDG_CONFIG_HOME/cognitionos', () => {
    const path = configPath(app, env);
    expect(path).toBe(join(home, 'cognitionos', 'config.json'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readConfig(path).profiles.ops).toEqual({ api_key: 'cog_ops' });
  });

  it('takes the flag, then the environment, then the profile', () => {
    expect(resolveTarget(app, { apiKey: 'cog_flag' }, { ...env, K: 'cog_env' })).toMatchObject({ apiKey: 'cog_flag', keySource: 'flag', baseUrl: 'http://profile/api/v3' });
    expect(resolveTarget(app, {}, { ...env, K: 'cog_env', U: 'http://env/api/v3' })).toMatchObject({ apiKey: 'cog_env', keySource: 'env', baseUrl: 'http://env/api/v3', baseUrlSource: 'env' });
    expect(resolveTarget(app, {}, env)).toMatchObject({ apiKey: 'cog_profile', keySource: 'profile', baseUrlSource: 'profile' });
    expect(resolveTarget(app, { profile: 'ops' }, env)).toMatchObject({ apiKey: 'cog_ops', baseUrl: 'http://default/api/v3', baseUrlSource: 'default' });
    expect(() => resolveTarget(app, { profile: 'nobody' }, env)).toThrow('no profile nobody');
  });
});
