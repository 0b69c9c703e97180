// The chaos run's one table, scenario x column, as text for the console and as markdown for the
// report and bench/README.md; then each failing cell's and scenario's reasons.
import type { ChaosScenario } from './scenarios.ts';

export interface Cell {
  column: string;
  requests: number;
  retries: number;
  /** Calls that failed as the caller saw them (after the client's retries). */
  callerErrors: number;
  /** Successful reads that answered something other than what was written. */
  wrong: number;
  lost: number;
  duplicated: number;
  http500: number;
  /** ms to the first success after the fault (undefined: the scenario measures none; null: none came). */
  recoveryMs?: number | null;
  problems: string[];
}

export interface ScenarioResult {
  scenario: ChaosScenario;
  cells: Cell[];
  /** Problems of the whole scenario (orphan rows, the server not answering afterwards, /health). */
  problems: string[];
  notes: string[];
}

export const cellPasses = (cell: Cell) => cell.problems.length === 0;
export const scenarioPasses = (result: ScenarioResult) => result.problems.length === 0 && result.cells.every(cellPasses);

const header = ['scenario', 'column', 'requests', 'retries', 'caller errors', 'lost', 'duplicated', '500s', 'recovery', 'target', 'result'];

function rows(results: ScenarioResult[]): string[][] {
  return results.flatMap((result) =>
    result.cells.map((cell) => [
      result.scenario.name,
      cell.column,
      String(cell.requests),
      String(cell.retries),
      String(cell.callerErrors),
      String(cell.lost),
      String(cell.duplicated),
      String(cell.http500),
      cell.recoveryMs === undefined ? '-' : cell.recoveryMs === null ? 'never' : `${(cell.recoveryMs / 1000).toFixed(2)} s`,
      result.scenario.target,
      cellPasses(cell) && result.problems.length === 0 ? 'pass' : 'FAIL',
    ]),
  );
}

function reasons(results: ScenarioResult[]): string[] {
  return results.flatMap((result) => [
    ...result.problems.map((problem) => `FAIL [${result.scenario.name}] ${problem}`),
    ...result.cells.flatMap((cell) => cell.problems.map((problem) => `FAIL [${result.scenario.name} / ${cell.column}] ${problem}`)),
    ...result.notes.map((note) => `note [${result.scenario.name}] ${note}`),
  ]);
}

export function renderText(results: ScenarioResult[]): string {
  const all = [header, ...rows(results)];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((text, i) => text.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows(results).map(line), '', ...reasons(results)].join('\n');
}

export function renderMarkdown(results: ScenarioResult[]): string {
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  const notes = reasons(results);
  return [line(header), line(header.map(() => '---')), ...rows(results).map(line), ...(notes.length ? ['', '```', ...notes, '```'] : [])].join('\n');
}
