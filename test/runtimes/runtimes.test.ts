// The supported range is what is tested: the README's table is rendered from test/runtimes/
// runtimes.ts, CI's matrix per language holds exactly its `ci` versions, and the Python package's
// classifiers name the same versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUPPORT, supportTable } from './runtimes.ts';

const root = join(import.meta.dirname, '../..');
const ci = parse(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8'));
const MATRIX_KEY: Record<string, string> = { typescript: 'node', python: 'python', go: 'go', java: 'java' };

describe('supported runtimes', () => {
  it('the README shows the table of test/runtimes/runtimes.ts', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(supportTable());
  });

  it.each(SUPPORT)("ci.yml's $sdk job runs each version of its range", ({ sdk, ci: versions }) => {
    expect(ci.jobs[sdk].strategy.matrix[MATRIX_KEY[sdk]]).toEqual(versions);
  });

  it("the Python package's classifiers name the versions CI tests", () => {
    const pyproject = readFileSync(join(root, 'sdks/python/pyproject.toml'), 'utf8');
    const classified = [...pyproject.matchAll(/Programming Language :: Python :: (3\.\d+)"/g)].map((m) => m[1]);
    expect(classified).toEqual(SUPPORT.find((s) => s.sdk === 'python')!.ci);
    expect(pyproject).toContain(`requires-python = ">=${classified[0]}"`);
  });
});
