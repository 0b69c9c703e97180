// Every fixture spec of generators/fixtures generated as a TypeScript package, all of them compiled
// by one `tsc --strict --noEmit` run; then what a compiler cannot see: the fixture SDKs send what
// the spec says where it says, and keep open what only a server sends.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, generateFixtures } from '../fixtures/generate.ts';
import { typescript } from './index.ts';

const { dirs, cleanup } = await generateFixtures(typescript);
afterAll(cleanup);

const dirOf = (fixture: string) => dirs[FIXTURES.indexOf(fixture)]!;
const read = (fixture: string, file: string) => readFileSync(join(dirOf(fixture), file), 'utf8');

// One tsc run (it costs most of this file's time): every fixture package, plus one package with a
// planted error, so the same run proves that the check reports what fails and that nothing else does.
it('compiles every fixture package under tsc --strict; only a planted error fails', () => {
  expect(dirs.length).toBe(FIXTURES.length);
  const broken = mkdtempSync(join(tmpdir(), 'ts-broken-'));
  mkdirSync(join(broken, 'src'));
  writeFileSync(join(broken, 'src/planted.ts'), 'export const n: number = "not a number";\n');
  try {
    typescript.check([...dirs, broken]);
    expect.unreachable('the planted error was not reported');
  } catch (error) {
    const errors = String((error as Error).message).split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/planted\.ts.*TS2322/);
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
}, 180_000);

describe('path-query-body: one params object, split as the spec places its fields', () => {
  it('sends the query parameters in the URL and the other fields in the JSON body', async () => {
    const sdk = await import(join(dirOf('path-query-body'), 'src/index.ts'));
    const sent: Array<{ method: string; url: string; body: string | undefined }> = [];
    const client = new sdk.SearchClient({
      apiKey: 'k',
      baseURL: 'http://api.test/v1',
      transport: async (request: { method: string; url: string; body: string | undefined }) => {
        sent.push(request);
        return { status: 200, statusText: 'OK', headers: new Headers({ 'content-type': 'application/json' }), body: '{"hits":[]}' };
      },
    });
    await client.indexes.query('idx_1', { text: 'hello', top_k: 3, explain: true, timeout_ms: 500 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('http://api.test/v1/indexes/idx_1/query?explain=true&timeout_ms=500');
    expect(JSON.parse(sent[0]!.body!)).toEqual({ text: 'hello', top_k: 3 });
  });
});

describe('open enums: the model decides', () => {
  const openapi = () => read('open-enums', 'src/openapi.ts');

  it.each([
    ['a response-only component enum', /JobState: \("queued" \| "running" \| "done"\) \| \(string & \{\}\);/],
    ['a response-only integer enum', /Level: \(1 \| 2 \| 3\) \| \(number & \{\}\);/],
    ['a response-only inline enum', /mode\?: \("fast" \| "safe"\) \| \(string & \{\}\);/],
  ])('%s is open', (_, pattern) => {
    expect(openapi()).toMatch(pattern);
  });

  it.each([
    ['an enum a caller sends', /Priority: "low" \| "normal" \| "high";/],
    ['an inline enum of a request body', /JobParams: \{\s*priority: [^;]*;\s*\/\*\* @enum \{string\} \*\/\s*mode\?: "fast" \| "safe";/],
  ])('%s stays closed', (_, pattern) => {
    expect(openapi()).toMatch(pattern);
  });

  it('names inline enums after their owner and field, through their place in openapi.ts', () => {
    expect(read('open-enums', 'src/types.ts')).toContain("export type JobMode = NonNullable<components['schemas']['Job']['mode']>;");
    expect(read('nested-objects', 'src/types.ts')).toContain("export type OrderShippingAddress = NonNullable<components['schemas']['Order']['shipping']>['address'];");
  });
});

it('marks a deprecated operation @deprecated', () => {
  const widgets = read('deprecated', 'src/resources/widgets.ts');
  expect(widgets).toMatch(/\* @deprecated\n\s*\*\/\n\s*delete\(/);
  expect(widgets).not.toMatch(/@deprecated\n\s*\*\/\n\s*retrieve\(/);
});
