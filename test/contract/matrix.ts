// The conformance matrix: one row per scenario id, one column per language, each cell pass/fail/missing,
// or n/a where scenarios.json says the scenario cannot apply to that column (with the reason).
import type { Scenario } from './scenarios.ts';
import type { TestCase } from './junit.ts';

export type Status = 'pass' | 'fail' | 'missing' | 'n/a';

export interface Cell {
  status: Status;
  detail?: string;
}

export interface Column {
  language: string;
  cells: Map<string, Cell>;
  /** Test cases whose names carry no scenario id (shown, not counted). */
  unmatched: string[];
}

// The id opens the test name, a vitest describe segment (" > ") or a pytest parametrize id ("["),
// and ends at ":", " ", "]" or the end, so `tenants.crud` never matches `tenants.crud_extra`.
export function namesScenario(testName: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\[| > )${escaped}($|[:\\] ])`).test(testName);
}

export function buildColumn(language: string, scenarios: Scenario[], cases: TestCase[]): Column {
  const cells = new Map<string, Cell>();
  for (const scenario of scenarios) cells.set(scenario.id, notApplicable(scenario, language) ?? cellOf(cases.filter((c) => namesScenario(c.name, scenario.id))));
  const unmatched = cases.filter((c) => !scenarios.some(({ id }) => namesScenario(c.name, id))).map((c) => c.name);
  return { language, cells, unmatched };
}

/** A column for a language whose suite did not run or wrote no report: every scenario missing. */
export function missingColumn(language: string, scenarios: Scenario[], reason: string): Column {
  return { language, cells: new Map(scenarios.map((s) => [s.id, notApplicable(s, language) ?? { status: 'missing', detail: reason }])), unmatched: [] };
}

/** The n/a cell of a scenario that names this column in `not_applicable`, with its reason. */
function notApplicable(scenario: Scenario, language: string): Cell | undefined {
  const reason = scenario.not_applicable?.[language];
  return reason === undefined ? undefined : { status: 'n/a', detail: reason };
}

// Every test naming the scenario must pass; a skipped one is a failure (no skipped scenarios).
function cellOf(cases: TestCase[]): Cell {
  if (cases.length === 0) return { status: 'missing', detail: 'no test names this scenario' };
  const bad = cases.find((c) => c.outcome !== 'passed');
  return bad ? { status: 'fail', detail: `${bad.name}: ${bad.message ?? bad.outcome}` } : { status: 'pass' };
}

/** n/a cells count as neither: they are listed with their reasons instead. */
export function countCells(columns: Column[]): { passed: number; failed: number; notApplicable: number } {
  const all = columns.flatMap((column) => [...column.cells.values()]);
  const passed = all.filter((cell) => cell.status === 'pass').length;
  const notApplicable = all.filter((cell) => cell.status === 'n/a').length;
  return { passed, failed: all.length - passed - notApplicable, notApplicable };
}

const label: Record<Status, string> = { pass: 'pass', fail: 'FAIL', missing: 'MISSING', 'n/a': 'n/a' };

/** Rows of the matrix: the catalogue's scenarios, then (under a rule) the orchestrator's own checks. */
export interface Rows {
  scenarios: Scenario[];
  checks: Scenario[];
}

export function renderText({ scenarios, checks }: Rows, columns: Column[]): string {
  const ids = [...scenarios, ...checks].map(({ id }) => id);
  const idWidth = Math.max('scenario'.length, ...ids.map((id) => id.length));
  const widths = columns.map(({ language }) => Math.max(language.length, label.missing.length));
  const row = (first: string, rest: string[]) => [first.padEnd(idWidth), ...rest.map((text, i) => text.padEnd(widths[i]))].join('  ').trimEnd();
  const rule = row('-'.repeat(idWidth), widths.map((w) => '-'.repeat(w)));
  const cells = (id: string) => row(id, columns.map((c) => label[c.cells.get(id)!.status]));
  const lines = [row('scenario', columns.map((c) => c.language)), rule, ...scenarios.map(({ id }) => cells(id))];
  if (checks.length) lines.push(rule, ...checks.map(({ id }) => cells(id)));
  const failures = failureLines(ids, columns);
  return [...lines, ...(failures.length ? ['', ...failures] : [])].join('\n');
}

export function renderMarkdown({ scenarios, checks }: Rows, columns: Column[]): string {
  const ids = [...scenarios, ...checks].map(({ id }) => id);
  const lines = [`| scenario | statement | ${columns.map((c) => c.language).join(' | ')} |`, `| --- | --- |${' --- |'.repeat(columns.length)}`];
  for (const { id, statement } of [...scenarios, ...checks]) {
    lines.push(`| \`${id}\` | ${statement.replaceAll('|', '\\|')} | ${columns.map((c) => label[c.cells.get(id)!.status]).join(' | ')} |`);
  }
  const failures = failureLines(ids, columns);
  return [...lines, ...(failures.length ? ['', '```', ...failures, '```'] : [])].join('\n');
}

// One line per language and reason, naming its scenarios, so a column that is missing for one
// reason reads as one line, not thirty.
function failureLines(ids: string[], columns: Column[]): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const groups = new Map<string, { status: Status; detail: string; ids: string[] }>();
    for (const id of ids) {
      const { status, detail = '' } = column.cells.get(id)!;
      if (status === 'pass') continue;
      const group = groups.get(`${status} ${detail}`) ?? { status, detail, ids: [] };
      group.ids.push(id);
      groups.set(`${status} ${detail}`, group);
    }
    for (const { status, detail, ids: failing } of groups.values()) {
      lines.push(`${label[status]} [${column.language}] ${failing.length === ids.length ? 'every row' : failing.join(', ')}: ${detail}`);
    }
  }
  return lines;
}
