// Golden tests of the TypeScript emitters on a small fixture spec: each emitted file is compared
// with its copy under golden/ (refresh them with UPDATE_GOLDEN=1 after an intended change).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.ts';
import { loadPolicy } from '../policy/policy.ts';
import { emitErrorClasses } from './emit-policy.ts';
import { emitReadme } from './emit-readme.ts';
import { emitPackage } from './index.ts';
import { argName, className, clientName, fileName, methodName, propertyName } from './naming.ts';

const here = join(import.meta.dirname, 'golden');
const fixture = JSON.parse(readFileSync(join(here, 'fixture.json'), 'utf8'));
const emit = (spec: Record<string, any>) => emitPackage({ spec, model: buildModel(spec), policy: loadPolicy(), version: '1.2.3' });
const emitted = await emit(fixture);

const EMITTED_FILES = [
  'package.json',
  'README.md',
  'api.md',
  'src/openapi.ts',
  'src/types.ts',
  'src/client.ts',
  'src/index.ts',
  'src/version.ts',
  'src/core/error-classes.ts',
  'src/resources/status.ts',
  'src/resources/widgets.ts',
  'src/resources/builds.ts',
];

describe('emitted files match their golden copies', () => {
  it.each(EMITTED_FILES)('%s', (file) => {
    const golden = join(here, `${file.replaceAll('/', '__')}.golden`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, emitted.get(file)!);
    }
    expect(existsSync(golden), `${golden} missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(emitted.get(file)).toBe(readFileSync(golden, 'utf8'));
  });

  it('emits exactly those files, the runtime and the package files', () => {
    const generated = [...emitted.keys()].filter((file) => EMITTED_FILES.includes(file) || !file.startsWith('src/core/') && !file.startsWith('src/internal/') && !file.startsWith('tests/'));
    expect(emitted.has('src/internal/policy.ts')).toBe(true);
    // src/undici.ts is the runtime's second entry point ('@cognitionos/sdk/undici'), copied like src/core/;
    // undici/package.json points resolvers without exports support (node10) at its build.
    expect(generated.sort()).toEqual([...EMITTED_FILES, 'src/undici.ts', 'undici/package.json', 'tsconfig.json', 'tsup.config.ts', 'vitest.config.ts', 'vitest.contract.config.ts'].sort());
  });

  it('is deterministic', async () => {
    expect(await emit(fixture)).toEqual(emitted);
  });
});

describe('the TypeScript spelling of the model', () => {
  const model = buildModel(fixture);
  const widgets = model.resources.find((r) => r.name === 'widgets')!;
  const builds = widgets.children[0]!;

  it.each([
    ['client name from info.title', clientName(model), 'WidgetClient'],
    ['a resource named like a schema gets a Resource suffix', className(model.resources[0]!, model), 'StatusResource'],
    ['nested resources hang off their parent', widgets.children.map(propertyName), ['builds']],
    ['path parameters become camelCase arguments', builds.methods[1]!.pathParams.map(argName), ['widgetId', 'buildId']],
    ['module files are kebab-case', fileName(builds), 'builds'],
    ['the verb is the method name', widgets.methods.map(methodName), ['create', 'list', 'retrieve', 'delete']],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('emits createAndPoll only where the spec declares polling, with its terminal values', () => {
    expect(emitted.get('src/resources/builds.ts')).toContain("terminal: ['succeeded', 'failed'], intervalMs: 250, timeoutMs: 60000");
    expect(emitted.get('src/resources/widgets.ts')).not.toContain('createAndPoll');
  });

  it('refuses two resources with one class name', async () => {
    const spec = structuredClone(fixture);
    spec.paths['/status'].get['x-cognitionos-sdk'].resource = 'other.builds';
    await expect(emit(spec)).rejects.toThrow(/class Builds/);
  });
});

describe('the status table comes from the policy', () => {
  const policy = loadPolicy();
  const edited = { ...policy, errors: [{ status: 402, class: 'PaymentRequired' }, ...policy.errors.filter((row) => row.status !== 404)] };
  const classes = emitErrorClasses(edited);

  it('emits one class per row, and no class for a row the policy lacks', () => {
    expect(classes).toContain('export class PaymentRequiredError extends APIError {');
    expect(classes).not.toContain('NotFoundError');
  });

  it('maps each status to its row and 5xx to the family row', () => {
    expect(classes).toContain('402: PaymentRequiredError');
    expect(classes).toContain('(status >= 500 ? InternalServerError : APIError)');
  });

  it('names in the README exactly the classes it emits', () => {
    const readme = emitReadme(buildModel(fixture), edited);
    expect(readme).toContain('`PaymentRequiredError`');
    expect(readme).not.toContain('`NotFoundError` |');
  });

  it('leaves no status class written by hand in the runtime', () => {
    const runtime = readFileSync(join(import.meta.dirname, 'runtime/core/errors.ts'), 'utf8');
    for (const row of policy.errors) expect(runtime).not.toContain(`class ${row.class}Error`);
  });
});
