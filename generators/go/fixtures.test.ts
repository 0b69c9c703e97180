// Every fixture spec of generators/fixtures generates a Go module that `go vet` accepts, all of them
// in one go vet run (check.ts), so a schema shape the Go emitter cannot spell fails here. Then the
// behaviour tests in fixture-tests/<fixture>/ run inside their fixture's module (one `go test`):
// query parameters really go in the URL and body fields in the body, unknown enum values and union
// variants are kept, formats and nullable fields decode as documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIXTURES, generateFixtures } from '../fixtures/generate.ts';
import { checkModules, testModules } from './check.ts';
import { go, goPackage } from './index.ts';

const behaviour = join(import.meta.dirname, 'fixture-tests');
const tests = new Map(
  readdirSync(behaviour).map((fixture) => [fixture, new Map(readdirSync(join(behaviour, fixture)).map((file) => [file, readFileSync(join(behaviour, fixture, file), 'utf8')]))]),
);

const generated = generateFixtures(go);
afterAll(async () => (await generated).cleanup());

it(`every fixture (${FIXTURES.length}) compiles as a Go module (go vet)`, async () => {
  const { dirs } = await generated;
  expect(dirs).toHaveLength(FIXTURES.length);
  expect(() => go.check(dirs)).not.toThrow();
}, 180_000);

it('the fixture modules behave (go test of fixture-tests/)', async () => {
  const { dirs } = await generated;
  expect([...tests.keys()].every((fixture) => FIXTURES.includes(fixture))).toBe(true);
  const output = testModules(dirs, goPackage.module, tests);
  for (const fixture of tests.keys()) expect(output).toMatch(new RegExp(`^ok\\s+fixtures.example/${fixture}\\s`, 'm'));
}, 180_000);

it('check fails on a module that does not compile', () => {
  expect(() => checkModules([join(behaviour, 'nullable')], goPackage.module)).toThrow(/go vet failed/);
});
