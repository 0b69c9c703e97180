// The built CLI as a user meets it, without a server: names and aliases from the model, --help,
// usage errors (exit 2), typed flags seen in the --dry-run request, and completion.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './pty.js';

const KEY = 'cog_secret_never_printed_0000';
const home = mkdtempSync(join(tmpdir(), 'cli-commands-'));

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home, COGNITIONOS_API_KEY: KEY, COGNITIONOS_BASE_URL: 'http://127.0.0.1:9/api/v3' },
  });
  expect(`${result.stdout}${result.stderr}`).not.toContain(KEY);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The request a command would send, from --dry-run --format json. */
function request(args: string[], input = '') {
  const result = run([...args, '--dry-run', '--format', 'json'], input);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { method: string; url: string; headers: Record<string, string>; body: any };
}

describe('commands spelled from the model', () => {
  it('plural resources with singular aliases, nested sub-resources, get for retrieve', () => {
    expect(request(['tenants', 'list'])).toMatchObject({ method: 'GET', url: 'http://127.0.0.1:9/api/v3/tenants' });
    expect(request(['tenant', 'list', '--limit', '5']).url).toBe('http://127.0.0.1:9/api/v3/tenants?limit=5');
    expect(request(['tenant', 'get', 'ten_1']).url).toMatch(/\/tenants\/ten_1$/);
    expect(request(['tenants', 'api-keys', 'create', 'ten_1', '--name', 'ci'])).toMatchObject({ method: 'POST', url: expect.stringMatching(/\/tenants\/ten_1\/api_keys$/), body: { name: 'ci' } });
    expect(request(['tenant', 'api-key', 'list', 'ten_1']).url).toMatch(/\/tenants\/ten_1\/api_keys$/);
    expect(request(['workflows', 'executions', 'create', 'wf_1']).url).toMatch(/\/workflows\/wf_1\/executions$/);
    expect(request(['usage', 'summary', '--granularity', 'day']).url).toMatch(/\/usage\/summary\?granularity=day$/);
  });

  it('types flags from the model: numbers, booleans, enums, lists, maps, JSON', () => {
    expect(request(['memories', 'search', '--query', 'q', '--top-k', '5']).body).toEqual({ query: 'q', top_k: 5 });
    expect(request(['tenants', 'create', '--name', 'a', '--metadata', 'env=prod', '--metadata', 'team=ml']).body).toEqual({ name: 'a', metadata: { env: 'prod', team: 'ml' } });
    expect(request(['tenants', 'plugins', 'update', 't', 'p', '--no-enabled', '--permissions', 'memory:read,usage:read']).body).toEqual({ enabled: false, permissions: ['memory:read', 'usage:read'] });
    expect(request(['workflows', 'create', '--name', 'w', '--steps', '[{"type":"delay","duration_ms":1}]']).body.steps).toEqual([{ type: 'delay', duration_ms: 1 }]);
    expect(request(['usage', 'record', '--metric', 'm', '--quantity', '2.5']).body).toEqual({ metric: 'm', quantity: 2.5 });
  });

  it('--data from JSON, a file or stdin; flags override its fields; the key is redacted', () => {
    const file = join(home, 'body.json');
    writeFileSync(file, '{"name":"from-file","slug":"s"}');
    expect(request(['tenants', 'create', '--data', `@${file}`, '--name', 'flag']).body).toEqual({ name: 'flag', slug: 's' });
    expect(request(['tenants', 'create', '--data', '-'], '{"name":"stdin"}').body).toEqual({ name: 'stdin' });
    const sent = request(['tenants', 'create', '--name', 'a', '--idempotency-key', 'mine-1']);
    expect(sent.headers['idempotency-key']).toBe('mine-1');
    expect(sent.headers.authorization).toBe('Bearer [redacted]');
    const text = run(['tenants', 'delete', 'ten_1', '--dry-run', '--format', 'table']);
    expect(text.stdout).toMatch(/^DELETE http:\/\/127\.0\.0\.1:9\/api\/v3\/tenants\/ten_1\nAccept: |^DELETE .*\naccept: /);
  });

  it('usage errors exit 2 and name the flag and the expected form', () => {
    const cases: [string[], RegExp][] = [
      [['tenants', 'list', '--colour'], /unknown option '--colour'/],
      [['tenants', 'frobnicate'], /unknown command 'frobnicate'/],
      [['tenants', 'update', 't', '--status', 'sleeping'], /--status: expected one of active, suspended, got "sleeping"/],
      [['memories', 'search', '--query', 'q', '--top-k', 'many'], /--top-k: expected an integer, got "many"/],
      [['tenants', 'create'], /missing --name \(required/],
      [['tenants', 'create', '--data', '{oops'], /--data: expected a JSON object/],
      [['tenants', 'delete', 'ten_1'], /pass --yes to confirm \(stdin is not a terminal/],
      [['tenants', 'api-keys', 'revoke', 't', '..', '--yes'], /<key_id> must be a non-empty id/],
      [['tenants', 'list', '--format', 'xml'], /Allowed choices are auto, table, json, jsonl, yaml/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('--help shows the summary, each flag with its description and allowed values, and an example', () => {
    const help = run(['memories', 'search', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Search memories');
    expect(help.stdout).toMatch(/--top-k <n>/);
    // Commander wraps long descriptions: the allowed values are read with the wrapping undone.
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/--scope <value> .*\(one of: private, shared, global\)/);
    expect(help.stdout).toContain('Example:\n  cognition-cli memories search --query QUERY');
    expect(run(['--help']).stdout).toMatch(/Exit codes:\n {2}0 {2}success/);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('completion scripts for bash, zsh and fish, fed by __complete', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = run(['completion', shell]);
      expect(script.code).toBe(0);
      expect(script.stdout).toContain('cognition-cli __complete');
    }
    expect(run(['completion', 'tcsh']).code).toBe(2);
    expect(run(['__complete', 'ten']).stdout).toBe('tenants\n');
    expect(run(['__complete', 'tenant', 'api-key', '']).stdout.split('\n')).toEqual(expect.arrayContaining(['create', 'list', 'retrieve', 'revoke']));
    expect(run(['__complete', 'memories', 'search', '--to']).stdout).toBe('--top-k\n');
  });
});
