// Golden tests of the TypeScript emitters on a small fixture spec: each emitted file is compared
// with its copy under golden/ (refresh them with UPDATE_GOLDEN=1 after an intended change).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../index.ts';
import { buildModel } from '../resource-tree.ts';

const here = import.meta.dirname;
const fixture = JSON.parse(readFileSync(join(here, 'fixture.json'), 'utf8'));
const emitted = await emitPackage(fixture, '1.2.3');

const EMITTED_FILES = [
  'package.json',
  'README.md',
  'src/openapi.ts',
  'src/types.ts',
  'src/client.ts',
  'src/index.ts',
  'src/version.ts',
  'src/resources/status.ts',
  'src/resources/widgets.ts',
  'src/resources/builds.ts',
];

describe('emitted files match their golden copies', () => {
  it.each(EMITTED_FILES)('%s', (file) => {
    const golden = join(here, 'golden', `${file.replaceAll('/', '__')}.golden`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, emitted.get(file)!);
    }
    expect(existsSync(golden), `${golden} missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(emitted.get(file)).toBe(readFileSync(golden, 'utf8'));
  });

  it('emits exactly those files, the runtime and the package files', () => {
    const generated = [...emitted.keys()].filter((file) => !file.startsWith('src/core/') && !file.startsWith('src/internal/') && !file.startsWith('tests/'));
    expect(generated.sort()).toEqual([...EMITTED_FILES, 'tsconfig.json', 'tsup.config.ts', 'vitest.config.ts', 'vitest.contract.config.ts'].sort());
  });

  it('is deterministic', async () => {
    expect(await emitPackage(fixture, '1.2.3')).toEqual(emitted);
  });
});

describe('the spec shapes the surface', () => {
  const model = buildModel(fixture);
  const widgets = model.resources.find((r) => r.property === 'widgets')!;
  const method = (name: string) => widgets.methods.find((m) => m.name === name)!;

  it.each([
    ['client name from info.title', model.clientName, 'WidgetClient'],
    ['a resource named like a schema gets a Resource suffix', model.resources[0]!.className, 'StatusResource'],
    ['nested resources hang off their parent', widgets.children.map((c) => c.property), ['builds']],
    ['path parameters become camelCase arguments', widgets.children[0]!.methods[1]!.pathParams, ['widgetId', 'buildId']],
    ['a list is paged over its data items', method('list').pageItem, 'Widget'],
    ['query parameters get a named type', method('list').params, { type: 'WidgetListParams', in: 'query', required: false }],
    ['a body with a required field is required', method('create').params, { type: 'WidgetCreateParams', in: 'body', required: true }],
    ['a body without required fields may be omitted', widgets.children[0]!.methods[0]!.params?.required, false],
    ['an empty answer is void', method('delete').response, 'void'],
    ['a create with in-progress statuses is pollable', widgets.children[0]!.methods[0]!.pollWhile, ['queued', 'running']],
    ['a create without them is not', method('create').pollWhile, undefined],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each([
    ['an operation without x-cognitionos-sdk', (spec: any) => delete spec.paths['/status'].get['x-cognitionos-sdk'], /no x-cognitionos-sdk/],
    ['an inline response schema', (spec: any) => (spec.paths['/status'].get.responses['200'].content['application/json'].schema = { type: 'object' }), /inline schema/],
    ['two resources with one class name', (spec: any) => (spec.paths['/status'].get['x-cognitionos-sdk'].resource = 'other.builds'), /class Builds/],
  ])('refuses %s', (_, breakSpec, message) => {
    const spec = structuredClone(fixture);
    breakSpec(spec);
    expect(() => buildModel(spec)).toThrow(message);
  });
});
