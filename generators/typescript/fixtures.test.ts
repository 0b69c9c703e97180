// Every fixture spec of generators/fixtures generated as a TypeScript package, and all of them
// compiled by one `tsc --strict --noEmit` run.
import { afterAll, expect, it } from 'vitest';
import { generateFixtures } from '../fixtures/generate.ts';
import { typescript } from './index.ts';

const { dirs, cleanup } = await generateFixtures(typescript);
afterAll(cleanup);

it('compiles every fixture package under tsc --strict', () => {
  expect(dirs.length).toBeGreaterThan(0);
  expect(() => typescript.check(dirs)).not.toThrow();
}, 120_000);
