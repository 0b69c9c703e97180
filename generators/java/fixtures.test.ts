// Every fixture spec of generators/fixtures, emitted by the Java room and compiled by one javac run
// under -Xlint:all -Werror (see check.ts); then the promises beyond compiling, run against three of
// them (fixtures-probe/FixturesProbe.java): query params in the URL beside a body, unknown enum
// values and union variants kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, generateFixtures, readFixture } from '../fixtures/generate.ts';
import { buildModel } from '../model/build.ts';
import { loadPolicy } from '../policy/policy.ts';
import { writeTree } from '../write-tree.ts';
import { compileJava, run } from './check.ts';
import { java } from './index.ts';

const PROBED = ['path-query-body', 'open-enums', 'union-plain', 'union-discriminated'];

describe('java fixtures', () => {
  const generated = generateFixtures(java);
  afterAll(async () => (await generated).cleanup());

  // The corpus deprecates a field and an operation; a deprecated schema, used by services and other
  // models, is this variant of it (javac warns where another class uses a deprecated type).
  it(`emits and compiles all ${FIXTURES.length} fixtures and a deprecated schema in one javac run`, async () => {
    const { dirs } = await generated;
    expect(dirs).toHaveLength(FIXTURES.length);
    const spec = readFixture('deprecated') as { components: { schemas: Record<string, { deprecated?: boolean }> } };
    spec.components.schemas.Widget!.deprecated = true;
    const variant = join(dirname(dirs[0]!), 'deprecated-schema');
    writeTree(variant, await java.emit({ spec, model: buildModel(spec), policy: loadPolicy(), version: '0.0.1' }), java.keep);
    expect(() => java.check([...dirs, variant])).not.toThrow();
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
