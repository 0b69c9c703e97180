// A column saved by one CI job (saveRun) and read back by the assembling job (loadRun) renders the
// same matrix as the column the orchestrator held in memory.
import { describe, expect, it } from 'vitest';
import { countCells } from './matrix.ts';
import { loadRun, markdownReport, orchestratorRows, saveRun, type LanguageRun } from './report.ts';
import { loadScenarios } from './scenarios.ts';

const scenarios = loadScenarios();
const rows = { scenarios, checks: orchestratorRows };
const run: LanguageRun = {
  column: {
    language: 'python (python 3.9)',
    cells: new Map([...scenarios, ...orchestratorRows].map(({ id }, i) => [id, i === 0 ? { status: 'fail' as const, detail: 'boom' } : { status: 'pass' as const }])),
    unmatched: [],
  },
  validation: { requests: 12, violations: [] },
};

describe('saved contract columns', () => {
  it('render the same matrix once read back', () => {
    const loaded = loadRun(saveRun(run));
    expect([...loaded.column.cells]).toEqual([...run.column.cells]);
    const { passed, failed } = countCells([loaded.column]);
    expect(failed).toBe(1);
    expect(markdownReport(rows, [loaded.column], [loaded], '', passed, failed)).toBe(markdownReport(rows, [run.column], [run], '', passed, failed));
  });
});
