// Every fixture spec of generators/fixtures generates a Python package that mypy --strict accepts
// (all packages in one mypy run; openapi-generator writes every fixture's models in one JVM).
import { afterAll, expect, test } from 'vitest';
import { generateFixtures } from '../fixtures/generate.ts';
import { python } from './index.ts';

let cleanup = () => {};
afterAll(() => cleanup());

test('every fixture compiles under mypy --strict', async () => {
  const generated = await generateFixtures(python);
  cleanup = generated.cleanup;
  expect(generated.dirs.length).toBeGreaterThan(0);
  python.check(generated.dirs);
}, 300_000);
