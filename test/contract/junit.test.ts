// The JUnit reader against the two report dialects the matrix reads today (vitest, pytest).
import { describe, expect, it } from 'vitest';
import { readJUnit } from './junit.ts';

const vitestReport = `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="3" failures="1" errors="0">
  <testsuite name="tenants.test.ts" tests="3" failures="1" skipped="1">
    <testcase classname="tenants.test.ts" name="contract &gt; tenants.crud: create, update, delete" time="0.1"></testcase>
    <testcase classname="tenants.test.ts" name="contract &gt; spec.version: matches" time="0.1">
      <failure message="expected &apos;3.0.0&apos; to be &apos;3.1.0&apos;" type="AssertionError">AssertionError: expected '3.0.0' to be '3.1.0'
 ❯ tenants.test.ts:4:62</failure>
    </testcase>
    <testcase classname="tenants.test.ts" name="health.check: ok" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>`;

const pytestReport = `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="2">
<testcase classname="test_contract" name="test_scenario[tenants.crud]" time="0.001" />
<testcase classname="test_contract" name="test_scenario[health.check]" time="0.001"><error message="failed on setup with &quot;KeyError: 'COGNITIONOS_BASE_URL'&quot;">conftest.py:9: KeyError</error></testcase>
</testsuite></testsuites>`;

describe('readJUnit', () => {
  it('reads vitest names, failures with their message, and empty <skipped/>', () => {
    expect(readJUnit(vitestReport)).toEqual([
      { name: 'contract > tenants.crud: create, update, delete', outcome: 'passed' },
      { name: 'contract > spec.version: matches', outcome: 'failed', message: "expected '3.0.0' to be '3.1.0'" },
      { name: 'health.check: ok', outcome: 'skipped', message: 'skipped' },
    ]);
  });

  it('reads pytest parametrize ids and counts a setup error as a failure', () => {
    expect(readJUnit(pytestReport)).toEqual([
      { name: 'test_scenario[tenants.crud]', outcome: 'passed' },
      { name: 'test_scenario[health.check]', outcome: 'failed', message: `failed on setup with "KeyError: 'COGNITIONOS_BASE_URL'"` },
    ]);
  });

  it('reads an empty report as no test cases', () => {
    expect(readJUnit('<testsuites name="vitest tests" tests="0"></testsuites>')).toEqual([]);
  });
});
