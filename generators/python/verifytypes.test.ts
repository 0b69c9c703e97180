// The published package's public symbols are all typed: pyright --verifytypes over sdks/python's
// `cognitionos` (the pydantic models from openapi-generator's templates included) must score 100 %.
// pyright finds the package through the interpreter's sys.path (PYTHONPATH), as an installed one.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const sdk = join(root, 'sdks/python');

interface VerifyReport {
  typeCompleteness: { completenessScore: number; symbols: { name: string; isExported: boolean; diagnostics: { severity: string; message: string }[] }[] };
}

test('pyright --verifytypes cognitionos: every public symbol has a known type', () => {
  const run = spawnSync(join(root, '.venv/bin/pyright'), ['--pythonpath', join(root, '.venv/bin/python'), '--verifytypes', 'cognitionos', '--ignoreexternal', '--outputjson'], {
    cwd: sdk,
    env: { ...process.env, PYTHONPATH: sdk },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(run.stdout) as VerifyReport;
  // Errors are missing or partly unknown types; a missing docstring is only a warning.
  const incomplete = report.typeCompleteness.symbols.flatMap((s) => s.diagnostics.filter((d) => d.severity === 'error').map((d) => `${s.name}: ${d.message}`));
  expect(incomplete).toEqual([]);
  expect(report.typeCompleteness.completenessScore).toBe(1);
}, 120_000);
