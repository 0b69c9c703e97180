// The shell reader and the CLI and curl checks, against the real command table and spec.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, buildCommandTable } from '../../generators/cli/command-table.ts';
import { buildModel } from '../../generators/model/build.ts';
import { checkCli, checkCurl, cliArguments, shellCommands, specPaths } from './shell.ts';

const spec = JSON.parse(readFileSync(new URL('../../spec/openapi.json', import.meta.url), 'utf8'));
const table = buildCommandTable(buildModel(spec));
const paths = specPaths(spec);

describe('shellCommands', () => {
  it.each([
    ['words and quotes', `cognition-cli tenants create --name 'Acme Corp' --slug "a\\"b"`, [['cognition-cli', 'tenants', 'create', '--name', 'Acme Corp', '--slug', 'a"b']]],
    ['continuations join one command', 'curl -X POST \\\n  "$URL/tenants" \\\n  -d \'{}\'', [['curl', '-X', 'POST', '$URL/tenants', '-d', '{}']]],
    ['operators split commands', 'a 1; b 2 && c 3 || d | e', [['a', '1'], ['b', '2'], ['c', '3'], ['d'], ['e']]],
    ['comments end at the line', 'a # not a word\n# whole line\nb', [['a'], ['b']]],
    ['a # inside a word is the word', 'a x#y', [['a', 'x#y']]],
    ['leading assignments are dropped', 'TENANT_ID=ten_1\nFOO=1 cognition-cli x', [['cognition-cli', 'x']]],
  ])('%s', (_, code, want) => expect(shellCommands(code).map((c) => c.words)).toEqual(want));

  it('numbers each command by the line it starts on', () => {
    expect(shellCommands('a\n\nb \\\n c\nd').map((c) => c.line)).toEqual([1, 3, 5]);
  });

  it('refuses an unterminated quote, naming the line', () => {
    expect(() => shellCommands("ok\ncognition-cli --name 'x")).toThrow(/line 2: unterminated '/);
  });
});

describe('cliArguments', () => {
  it.each([
    [['cognition-cli', 'tenants', 'list'], ['tenants', 'list']],
    [['npm', 'exec', 'cognition-cli', '--', 'tenants', 'list'], ['tenants', 'list']],
    [['npx', 'cognition-cli', 'tenants', 'list'], ['tenants', 'list']],
    [['cognition-cli', 'tenants', 'list', '>', 'out.json'], ['tenants', 'list']],
    [['cognition-cli', 'tenants', 'retrieve', '<tenant_id>'], ['tenants', 'retrieve', '<tenant_id>']],
    [['echo', 'cognition-cli'], undefined],
    [['curl', 'x'], undefined],
  ])('%j -> %j', (words, want) => expect(cliArguments(words, BIN)).toEqual(want));
});

describe('checkCli', () => {
  it.each([
    ['a plain list', 'tenants list'],
    ['the singular alias and the get alias', 'tenant get ten_1'],
    ['a nested resource with its path id and required flag', 'tenants api-keys create <tenant_id> --name ci'],
    ['flag=value, a list repeated, JSON', 'tenants plugins install $T --name=p --version 1.0.0 --permissions memory:read --permissions usage:read --config \'{"a":1}\''],
    ['--no- of a boolean field', 'tenants plugins update t p --no-enabled'],
    ['--data stands for the required flags', 'memories create --data @memory.json'],
    ['global flags the command has', 'workflows executions create w --wait --format json'],
    ['--yes on a destructive verb, -y too', 'tenants delete t --yes'],
    ['the program commands', 'auth login'],
    ['the version', '--version'],
    ['completion', 'completion bash'],
    ['api', 'api GET /tenants'],
  ])('accepts %s', (_, line) => expect(checkCli(line.split(' '), table)).toEqual([]));

  it.each([
    ['an unknown command', 'tenants lists', ['no command `tenants lists` in the command table']],
    ['a missing path id', 'tenants api-keys create --name ci', ['tenants api-keys create: takes 1 path id(s) (tenant_id), given 0']],
    ['a missing required flag', 'tenants api-keys create t', ['tenants api-keys create: --name is required']],
    ['an unknown flag', 'tenants list --limt 2', ['tenants list: no flag --limt', 'tenants list: takes 0 path id(s) (none), given 1']],
    ['an enum value not in the spec', 'memories create --scope team --content x', ['memories create: --scope is one of private, shared, global, not team']],
    ['a number that is not one', 'memories search --query q --top-k many', ['memories search: --top-k takes a number, not many']],
    ['JSON that is not', "workflows create --name w --steps '[{'", ['workflows create: --steps takes JSON, not [{']],
    ['a global flag the command lacks', 'tenants list --wait', ['tenants list: no flag --wait']],
    ['a flag without its value', 'tenants list --limit', ['tenants list: --limit needs a value']],
    ['an unknown auth subcommand', 'auth whoami', ['auth takes one of login, status, logout, not whoami']],
  ])('refuses %s', (_, line, want) => expect(checkCli(shellCommands(`cognition-cli ${line}`)[0]!.words.slice(1), table)).toEqual(want));
});

describe('checkCurl', () => {
  const curl = (line: string) => checkCurl(shellCommands(line)[0]!.words.slice(1), paths, '/api/v3');
  it.each([
    ['a GET by default', 'curl "$COGNITIONOS_BASE_URL/tenants?limit=2"'],
    ['a POST with a JSON body', `curl -X POST "$COGNITIONOS_BASE_URL/tenants" -H 'Content-Type: application/json' -d '{"name":"a"}'`],
    ['-d alone means POST', `curl http://localhost:8100/api/v3/memories/search -d '{"query":"q"}'`],
    ['path ids as variables or placeholders', 'curl -X DELETE "$COGNITIONOS_BASE_URL/tenants/$TENANT_ID/api_keys/{key_id}"'],
    ['a literal segment beside a template', `curl -X POST "\${BASE}/memories/search" -d @q.json`],
  ])('accepts %s', (_, line) => expect(curl(line)).toEqual([]));

  it.each([
    ['a path the spec lacks', 'curl "$COGNITIONOS_BASE_URL/tenant"', ['curl: no path /tenant in the spec']],
    ['a method the path lacks', 'curl -X PUT "$COGNITIONOS_BASE_URL/tenants/t"', ['curl: PUT /tenants/t is not an operation (/tenants/{tenant_id}: GET, PATCH, DELETE)']],
    ['a body that is not JSON', `curl "$COGNITIONOS_BASE_URL/tenants" -d '{name}'`, ['curl: the body is not JSON: {name}']],
    ['no URL', 'curl -sS', ['curl: no URL']],
  ])('refuses %s', (_, line, want) => expect(curl(line)).toEqual(want));
});
