// Matrix semantics: how a test name maps to a scenario, and what makes a cell pass, fail or go missing.
import { describe, expect, it } from 'vitest';
import { buildColumn, countCells, missingColumn, namesScenario, renderText } from './matrix.ts';

const scenarios = [
  { id: 'tenants.crud', statement: 'CRUD' },
  { id: 'tenants.list.autopaging', statement: 'paging' },
  { id: 'health.check', statement: 'health' },
];

describe('namesScenario', () => {
  it('finds the id at the start, after a describe segment, or as a parametrize id', () => {
    expect(namesScenario('tenants.crud: create', 'tenants.crud')).toBe(true);
    expect(namesScenario('contract > tenants.crud', 'tenants.crud')).toBe(true);
    expect(namesScenario('test_scenario[tenants.crud]', 'tenants.crud')).toBe(true);
  });

  it('does not match a longer id, an id inside a word, or a dot used as a wildcard', () => {
    expect(namesScenario('tenants.crud_extra: x', 'tenants.crud')).toBe(false);
    expect(namesScenario('tenants.list.autopaging: x', 'tenants.list')).toBe(false);
    expect(namesScenario('my tenants.crud: x', 'tenants.crud')).toBe(false);
    expect(namesScenario('tenantsXcrud: x', 'tenants.crud')).toBe(false);
  });
});

describe('buildColumn', () => {
  const column = buildColumn('python', scenarios, [
    { name: 'test_scenario[tenants.crud]', outcome: 'passed' },
    { name: 'tenants.list.autopaging: first half', outcome: 'passed' },
    { name: 'tenants.list.autopaging: second half', outcome: 'skipped', message: 'skipped' },
    { name: 'helper sanity check', outcome: 'passed' },
  ]);

  it('passes a scenario whose every test passed, fails one with a skipped test, misses one with none', () => {
    expect(column.cells.get('tenants.crud')).toEqual({ status: 'pass' });
    expect(column.cells.get('tenants.list.autopaging')).toEqual({ status: 'fail', detail: 'tenants.list.autopaging: second half: skipped' });
    expect(column.cells.get('health.check')?.status).toBe('missing');
    expect(column.unmatched).toEqual(['helper sanity check']);
  });

  it('counts only passing cells as passed, across columns', () => {
    expect(countCells([column, missingColumn('go', scenarios, 'no suite')])).toEqual({ passed: 1, failed: 5, notApplicable: 0 });
  });

  it('renders one row per scenario and lists every non-passing cell with its reason', () => {
    const text = renderText({ scenarios, checks: [] }, [column]);
    expect(text.split('\n').slice(0, 5)).toEqual([
      'scenario                 python',
      '-----------------------  -------',
      'tenants.crud             pass',
      'tenants.list.autopaging  FAIL',
      'health.check             MISSING',
    ]);
    expect(text).toContain('MISSING [python] health.check: no test names this scenario');
  });

  it('puts the orchestrator checks under a rule and groups failures by reason', () => {
    const missing = missingColumn('go', scenarios, 'no contract suite');
    missing.cells.set('health.check', { status: 'fail', detail: 'boom' });
    const text = renderText({ scenarios: scenarios.slice(0, 2), checks: scenarios.slice(2) }, [missing]);
    expect(text.split('\n').slice(4, 6)).toEqual(['-----------------------  -------', 'health.check             FAIL']);
    expect(text).toContain('MISSING [go] tenants.crud, tenants.list.autopaging: no contract suite');
    expect(text).toContain('FAIL [go] health.check: boom');
    expect(renderText({ scenarios, checks: [] }, [missingColumn('java', scenarios, 'no suite')])).toContain('MISSING [java] every row: no suite');
  });
});

describe('not applicable', () => {
  const withNa = [...scenarios, { id: 'headers.case_insensitive', statement: 'headers', not_applicable: { cli: 'no header names on a command line' } }];

  it('marks the named column n/a with its reason, whatever its tests say, and only that column', () => {
    const cli = buildColumn('cli', withNa, [{ name: 'tenants.crud: x', outcome: 'passed' }]);
    expect(cli.cells.get('headers.case_insensitive')).toEqual({ status: 'n/a', detail: 'no header names on a command line' });
    expect(buildColumn('go', withNa, []).cells.get('headers.case_insensitive')?.status).toBe('missing');
    expect(missingColumn('cli', withNa, 'no suite').cells.get('headers.case_insensitive')?.status).toBe('n/a');
  });

  it('counts n/a as neither passed nor failed, and prints it with the reason', () => {
    const cli = buildColumn('cli', withNa, scenarios.map(({ id }) => ({ name: `${id}: x`, outcome: 'passed' as const })));
    expect(countCells([cli])).toEqual({ passed: 3, failed: 0, notApplicable: 1 });
    const text = renderText({ scenarios: withNa, checks: [] }, [cli]);
    expect(text).toMatch(/headers\.case_insensitive +n\/a/);
    expect(text).toContain('n/a [cli] headers.case_insensitive: no header names on a command line');
  });
});
