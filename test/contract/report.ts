// The contract matrix as text and markdown, with the validating proxy's and the fault run's
// tables: written by run.ts after its columns, and by assemble.ts from the columns CI's per-language
// jobs saved (test/reports/columns/*.json).
import type { FaultReport } from './fault-audit.ts';
import type { Scenario } from './scenarios.ts';
import { renderMarkdown, type Cell, type Column, type Rows } from './matrix.ts';
import { faultyServerFaults } from './environment.ts';

/** Rows the orchestrator fills itself, after the catalogue's (no SDK test names them). */
export const orchestratorRows: Scenario[] = [
  { id: 'proxy.spec_valid', statement: 'Every request and answer through the validating proxy matched spec/openapi.json (Prism proxy --errors).' },
  { id: 'suite.clean_run', statement: 'The native runner finished: it wrote its report, and no test outside the catalogue failed.' },
];

export interface LanguageRun {
  column: Column;
  /** Undefined when the suite did not run (no suite folder). */
  validation?: { requests: number; violations: string[] };
  faults?: FaultReport;
}

/** A run as JSON (a column's cells are a Map). */
export function saveRun(run: LanguageRun): string {
  return JSON.stringify({ ...run, column: { ...run.column, cells: [...run.column.cells] } }, null, 2);
}

export function loadRun(json: string): LanguageRun {
  const run = JSON.parse(json);
  return { ...run, column: { ...run.column, cells: new Map<string, Cell>(run.column.cells) } };
}

export function violationText(runs: LanguageRun[]): string {
  return runs
    .map(({ column, validation }) =>
      validation
        ? [`${column.language}: ${validation.violations.length} violation(s) in ${validation.requests} requests`, ...validation.violations.map((v) => `  ${v}`)].join('\n')
        : `${column.language}: not run`,
    )
    .join('\n');
}

export function faultTable(runs: LanguageRun[]): string {
  const header = ['language', 'lost', 'duplicated', 'retries', 'creates', 'requests', '503', 'dropped', 'gave up waiting'];
  const rows = runs.map(({ column, faults }) =>
    faults
      ? [column.language, ...(faults.intended ? [faults.lost, faults.duplicated] : ['-', '-']), faults.retries, faults.intended, faults.requests, faults.unavailable, faults.dropped, faults.abandoned].map(String)
      : [column.language, 'not run'],
  );
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [header, ...rows].map((row) => row.map((text, i) => text.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export function markdownReport(rows: Rows, columns: Column[], runs: LanguageRun[], notes: string, passed: number, failed: number, notApplicable = 0): string {
  return [
    '# Contract matrix',
    '',
    renderMarkdown(rows, columns),
    '',
    '## Validating proxy',
    '',
    '```',
    violationText(runs),
    '```',
    '',
    '## Fault run',
    '',
    `Faulty server: \`COGNITIONOS_FAULTS=${faultyServerFaults}\`. Retries: requests that carried \`CognitionOS-Retry-Count\`.`,
    '',
    '```',
    faultTable(runs),
    '```',
    ...(notes ? ['', notes] : []),
    '',
    `${passed} passed, ${failed} failed${notApplicable ? ` (${notApplicable} n/a)` : ''}`,
    '',
  ].join('\n');
}

