// The contract orchestrator (`node --import tsx test/contract/run.ts`, the last step of `npm test`).
// For each language of the runner registry: fresh reference servers, its contract suite run by its
// native runner through the validating proxy, its JUnit XML read into one matrix column. Prints
// the scenario x language matrix, the proxy's violations and the fault-run audit, writes them to
// test/reports/matrix.md, ends with `N passed, N failed` over the cells, exits 1 on any failure.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarios, type Scenario } from './scenarios.ts';
import { runners, type Runner } from './runners.ts';
import { readJUnit } from './junit.ts';
import { buildColumn, countCells, missingColumn, renderText, type Cell, type Column } from './matrix.ts';
import { faultTable, markdownReport, orchestratorRows, saveRun, violationText, type LanguageRun } from './report.ts';
import { faultyServerFaults, startEnvironment, type ContractEnvironment } from './environment.ts';
import { runSuite, type SuiteRun } from './suite-process.ts';
import type { FaultReport } from './fault-audit.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reports = join(root, 'test/reports');
const suiteDeadlineMs = 6 * 60_000;
/** The issue's floor for the fault run: at least this many distinct creates per SDK. */
const minimumFaultCreates = 100;

/** Columns run side by side, this many at once: a suite mostly waits (on servers, retries,
 * Retry-After, slow answers), so three share the 2-core machine's cores well (measured there: the
 * 8 columns take 178 s two at a time, 130 s three at a time); COGNITIONOS_CONTRACT_JOBS=1 runs one at a time. */
const jobs = Math.max(1, Number(process.env.COGNITIONOS_CONTRACT_JOBS ?? 3));

interface Running {
  environment: ContractEnvironment;
  suite?: SuiteRun;
}
const running = new Set<Running>();

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(reports, { recursive: true });
  const scenarios = loadScenarios();
  const runs: LanguageRun[] = [];
  // CI runs one language per job, on each runtime of its matrix: CONTRACT_COLUMNS picks the
  // columns, CONTRACT_RUNTIME names the runtime in them; each column is saved for assemble.ts.
  const runtime = process.env.CONTRACT_RUNTIME;
  mkdirSync(join(reports, 'columns'), { recursive: true });
  runs.push(
    ...(await inParallel(selectedRunners(), async (runner) => {
      const run = await runLanguage(runner, scenarios);
      if (runtime) run.column.language = `${run.column.language} (${runtime})`;
      writeFileSync(join(reports, 'columns', `${run.column.language.replace(/[^\w.-]+/g, '-')}.json`), saveRun(run));
      return run;
    })),
  );
  const rows = { scenarios, checks: orchestratorRows };
  const columns = runs.map((run) => run.column);
  const { passed, failed, notApplicable } = countCells(columns);
  console.log(`\n== contract matrix (scenario x language; the rows under the last rule are the orchestrator's own checks)\n${renderText(rows, columns)}`);
  console.log(`\n== validating proxy\n${violationText(runs)}`);
  console.log(`\n== fault run (COGNITIONOS_FAULTS=${faultyServerFaults})\n${faultTable(runs)}`);
  const notes = languagesWithoutRunner();
  if (notes) console.log(`\n${notes}`);
  writeFileSync(join(reports, 'matrix.md'), markdownReport(rows, columns, runs, notes, passed, failed, notApplicable));
  console.log(`\ncontract run took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed${notApplicable ? ` (${notApplicable} n/a, listed above with the reason)` : ''}`);
  return failed === 0 ? 0 : 1;
}

/** `run.ts go java` (or CONTRACT_COLUMNS=go,java) runs those columns only; neither runs all. */
function selectedRunners(): Runner[] {
  const only = process.argv.length > 2 ? process.argv.slice(2) : (process.env.CONTRACT_COLUMNS?.split(',').filter(Boolean) ?? []);
  const unknown = only.filter((name) => !runners.some((r) => r.language === name));
  if (unknown.length) throw new Error(`no contract column ${unknown.join(', ')}; the columns: ${runners.map((r) => r.language).join(', ')}`);
  return only.length ? runners.filter((r) => only.includes(r.language)) : runners;
}

async function runLanguage(runner: Runner, scenarios: Scenario[]): Promise<LanguageRun> {
  const rows = [...scenarios, ...orchestratorRows];
  if (!existsSync(join(root, runner.suite))) {
    return { column: missingColumn(runner.language, rows, `no contract suite at ${runner.suite}`) };
  }
  console.log(`\n== contract suite: ${runner.language}`);
  const report = join(reports, `contract-${runner.language}.xml`);
  const logFile = relative(root, join(reports, `contract-${runner.language}.log`));
  rmSync(report, { force: true });
  const environment = await startEnvironment(join(reports, `prism-${runner.language}.log`)).catch((error: Error) => error);
  if (environment instanceof Error) {
    console.error(environment.stack ?? environment.message);
    return { column: missingColumn(runner.language, rows, `the reference servers or proxies did not start: ${environment.message.split('\n')[0]}`) };
  }
  const run: Running = { environment };
  running.add(run);
  const columnStarted = Date.now();
  try {
    run.suite = runSuite(runner.command(report), {
      cwd: root,
      env: { ...process.env, ...environment.variables, COGNITIONOS_REPORT_FILE: report },
      logFile: join(root, logFile),
      prefix: `[${runner.language}]`,
      deadlineMs: suiteDeadlineMs,
    });
    const exitCode = await run.suite.exitCode;
    console.log(`== contract suite ${runner.language} took ${Math.round((Date.now() - columnStarted) / 1000)} s`);
    const faults = await environment.faults.audit(environment.faultFreeBaseUrl).catch((error: Error) => error);
    const validation = { requests: environment.validation.requests(), violations: [...environment.validation.violations] };
    const column = existsSync(report)
      ? buildColumn(runner.language, scenarios, readJUnit(readFileSync(report, 'utf8')))
      : missingColumn(runner.language, scenarios, `no JUnit report (runner ${exitCode === null ? 'killed at the deadline' : `exited ${exitCode}`}); see ${logFile}`);
    applyFaultAudit(column, faults);
    column.cells.set('proxy.spec_valid', proxyCell(validation));
    column.cells.set('suite.clean_run', cleanRunCell(column, exitCode, existsSync(report), logFile));
    return { column, validation, faults: faults instanceof Error ? undefined : faults };
  } finally {
    await environment.stop();
    running.delete(run);
  }
}

// The SDK's own test may pass while the orchestrator's independent count disagrees: then it fails.
function applyFaultAudit(column: Column, faults: FaultReport | Error): void {
  const id = 'faults.no_loss_no_duplicate';
  const cell = column.cells.get(id);
  if (!cell || cell.status !== 'pass') return;
  if (faults instanceof Error) return void column.cells.set(id, { status: 'fail', detail: `orchestrator audit failed: ${faults.message}` });
  const problems = [
    faults.intended < minimumFaultCreates && `only ${faults.intended} distinct creates reached the faulty server (at least ${minimumFaultCreates})`,
    faults.lost > 0 && `${faults.lost} lost`,
    faults.duplicated > 0 && `${faults.duplicated} duplicated`,
  ].filter(Boolean);
  if (problems.length) column.cells.set(id, { status: 'fail', detail: `orchestrator audit: ${problems.join(', ')}` });
}

function proxyCell({ requests, violations }: { requests: number; violations: string[] }): Cell {
  if (requests === 0) return { status: 'fail', detail: 'no request went through the validating proxy' };
  if (violations.length) return { status: 'fail', detail: `${violations.length} violation(s) in ${requests} requests, listed under "validating proxy"` };
  return { status: 'pass' };
}

function cleanRunCell(column: Column, exitCode: number | null, reported: boolean, logFile: string): Cell {
  if (!reported || exitCode === null) return { status: 'fail', detail: `runner ${exitCode === null ? 'killed at the deadline' : 'wrote no report'}; see ${logFile}` };
  const scenarioFailed = [...column.cells.values()].some((cell) => cell.status === 'fail');
  if (exitCode !== 0 && !scenarioFailed) {
    const outside = column.unmatched.length ? `tests outside the catalogue: ${column.unmatched.join(', ')}` : 'an error outside any test, e.g. an unhandled rejection';
    return { status: 'fail', detail: `runner exited ${exitCode} though no scenario test failed (${outside}); see ${logFile}` };
  }
  return { status: 'pass' };
}

// A language is in the matrix when its runner entry exists; an SDK folder without one is named here.
function languagesWithoutRunner(): string {
  const sdks = existsSync(join(root, 'sdks')) ? readdirSync(join(root, 'sdks'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  const outside = sdks.filter((name) => !runners.some((runner) => runner.language === name));
  return outside.length ? `not in the matrix yet (no contract runner entry in test/contract/runners.ts): ${outside.map((name) => `sdks/${name}`).join(', ')}` : '';
}

async function stopAll(): Promise<void> {
  for (const run of running) run.suite?.kill();
  await Promise.all([...running].map((run) => run.environment.stop()));
}

/** `work` over every item, at most `jobs` at a time; results in the items' order. */
async function inParallel<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

async function shutDown(signal: NodeJS.Signals): Promise<void> {
  console.error(`\n${signal}: stopping the contract suites and servers`);
  await stopAll();
  process.exit(130);
}

process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
const exitCode = await main().catch(async (error: Error) => {
  console.error(`contract orchestrator failed: ${error.stack ?? error.message}`);
  await stopAll();
  return 1;
});
process.exit(exitCode);
