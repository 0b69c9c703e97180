// Every fixture spec of generators/fixtures, emitted by the Java room and compiled by one javac run
// under -Xlint:all -Werror (see check.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, generateFixtures } from '../fixtures/generate.ts';
import { java } from './index.ts';

describe('java fixtures', () => {
  let cleanup = () => {};
  afterAll(() => cleanup());

  it(`emits and compiles all ${FIXTURES.length} fixtures in one javac run`, async () => {
    const generated = await generateFixtures(java);
    cleanup = generated.cleanup;
    expect(generated.dirs).toHaveLength(FIXTURES.length);
    expect(() => java.check(generated.dirs)).not.toThrow();
  }, 120_000);
});
