// Every fixture spec of generators/fixtures, emitted by the Java room and compiled by one javac run
// under -Xlint:all -Werror (see check.ts); then the promises beyond compiling, run against three of
// them (fixtures-probe/FixturesProbe.java): query params in the URL beside a body, unknown enum
// values and union variants kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, generateFixtures } from '../fixtures/generate.ts';
import { compileJava, run } from './check.ts';
import { java } from './index.ts';

const PROBED = ['path-query-body', 'open-enums', 'union-plain', 'union-discriminated'];

describe('java fixtures', () => {
  const generated = generateFixtures(java);
  afterAll(async () => (await generated).cleanup());

  it(`emits and compiles all ${FIXTURES.length} fixtures in one javac run`, async () => {
    const { dirs } = await generated;
    expect(dirs).toHaveLength(FIXTURES.length);
    expect(() => java.check(dirs)).not.toThrow();
  }, 180_000);

  it('sends query params in the URL beside a body, keeps unknown enum values and union variants', async () => {
    const dirs = (await generated).dirs.filter((dir) => PROBED.includes(basename(dir)));
    const work = mkdtempSync(join(tmpdir(), 'java-probe-'));
    try {
      const classPath = compileJava(dirs, [join(import.meta.dirname, 'fixtures-probe/FixturesProbe.java')], work);
      expect(run('java', ['-XX:TieredStopAtLevel=1', '-cp', classPath, 'FixturesProbe'])).toContain('fixtures probe: ok');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
