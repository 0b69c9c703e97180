// `npm run chaos`: the seed's chaos scenarios, each against a fresh reference server (SQLite file in
// a temporary folder) behind a pass-through that watches the wire. Every column of columns.ts drives
// steady traffic at once, each with a tenant key of its own, while the scenario's fault happens;
// then the store is audited. Prints the scenario x column table, writes it to test/reports/chaos.md
// and into bench/README.md, and exits 1 unless every cell passes. Bounded: each scenario's traffic
// lasts RUN_MS, and a driver still running HANG_MS after that is killed (reported hung).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchSection } from '../../bench/readme.ts';
import { startPassThrough } from '../contract/pass-through.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { auditWrites, findOrphans } from './audit.ts';
import { columns } from './columns.ts';
import { startDriver, type DriverRun } from './drive.ts';
import { scenarios, type ChaosScenario, type ScenarioContext, type Window } from './scenarios.ts';
import { cellPasses, renderMarkdown, renderText, scenarioPasses, type Cell, type ScenarioResult } from './table.ts';
import { recoveryMs, retriesOf, serverErrorsOf, trafficOf, type TimedExchange } from './traffic.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reports = join(root, 'test/reports');
/** How long each scenario's traffic lasts, and when in it the fault starts. */
const RUN_MS = 10_000;
const FAULT_AT_MS = 2500;
/** How long after the end of traffic a driver may still be finishing its last call. */
const HANG_MS = 60_000;
const READY_MS = 120_000;
const PAUSE_MS = 20;
const MAX_ITERATIONS = 400;

/** What the current scenario started (servers, pass-through, drivers, its folder), stopped after it or on Ctrl-C. */
const cleanup: (() => Promise<void>)[] = [];
/** `npm run chaos -- restart` runs the scenarios whose name holds one of the words; bench/README.md is then left alone. */
const words = process.argv.slice(2);
const chosen = words.length ? scenarios.filter((scenario) => words.some((word) => scenario.name.includes(word))) : scenarios;

async function main(): Promise<number> {
  const started = Date.now();
  mkdirSync(reports, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'chaos-work-'));
  try {
    return await runAll(work, started);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runAll(work: string, started: number): Promise<number> {
  const loadAtStart = loadavg()[0].toFixed(1);
  console.log(`== preparing ${columns.length} columns: ${columns.map((c) => c.name).join(', ')}`);
  const commands = columns.map((column) => ({ name: column.name, command: column.prepare(root, work) }));
  const results: ScenarioResult[] = [];
  for (const scenario of chosen) {
    console.log(`\n== ${scenario.name}`);
    results.push(await runScenario(scenario, commands));
    await runCleanup();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const passed = results.flatMap((r) => r.cells.filter((cell) => cellPasses(cell) && r.problems.length === 0)).length;
  const total = results.reduce((sum, r) => sum + r.cells.length, 0);
  console.log(`\n== chaos (scenario x column)\n${renderText(results)}`);
  const markdown = [
    `Each scenario: a fresh reference server (SQLite file), ${columns.length} columns sending traffic at once for ${RUN_MS / 1000} s through a pass-through`,
    `that counts the wire (requests: every attempt; retries: attempts carrying CognitionOS-Retry-Count), each column with its own tenant key;`,
    `per iteration a memory create, its retrieve and a usage record, with the SDK's own Idempotency-Keys and retries (policy defaults:`,
    `2 retries; a 10 s timeout unless the scenario sets one). Faults start ${FAULT_AT_MS / 1000} s in. Caller errors: calls that failed after the`,
    `SDK's retries. Lost: acknowledged writes not in the store under the id the caller got; duplicated: rows beyond one per intended write`,
    `(read from the SQLite file afterwards). Recovery: from the fault's end (database) or the signal (restart) to the column's first 2xx`,
    `(for a restart, the first 2xx answered after the old process was gone, so its drain does not count).`,
    `Machine load average (1 min) at the start of this run: ${loadAtStart} (other work shares the 2 cores; timings move with it).`,
    '',
    renderMarkdown(results),
    '',
    `${passed} of ${total} cells passed; the run took ${seconds} s.`,
  ].join('\n');
  writeFileSync(join(reports, 'chaos.md'), `# Chaos run (\`npm run chaos\`)\n\n${markdown}\n`);
  if (chosen === scenarios) writeBenchSection('chaos', `## Chaos scenarios through every SDK (test/chaos, \`npm run chaos\`)\n\n${markdown}`);
  console.log(`\nchaos run took ${seconds} s; wrote test/reports/chaos.md${chosen === scenarios ? ' and the chaos section of bench/README.md' : ''}`);
  console.log(`${passed} passed, ${total - passed} failed`);
  return results.every(scenarioPasses) ? 0 : 1;
}

async function runScenario(scenario: ChaosScenario, commands: { name: string; command: string[] }[]): Promise<ScenarioResult> {
  const dir = mkdtempSync(join(tmpdir(), 'chaos-db-'));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  const dbFile = join(dir, 'api.db');
  const env = { COGNITIONOS_DB: dbFile, COGNITIONOS_ADMIN_KEY: `cog_admin_${randomBytes(16).toString('hex')}`, COGNITIONOS_RATE_LIMIT: '1000000/60', LOG_LEVEL: 'warn', ...scenario.serverEnv };
  let server: RunningServer = await startServer({ env });
  cleanup.push(() => server.stop());
  const port = new URL(server.origin).port;
  const exchanges: TimedExchange[] = [];
  const proxy = await startPassThrough(server.origin, (exchange) => exchanges.push({ ...exchange, at: Date.now() }));
  cleanup.push(proxy.stop);
  const ctx: ScenarioContext = {
    dbFile,
    server: () => server,
    async restart(signal, down) {
      await (signal === 'SIGTERM' ? server.stop() : server.kill());
      down();
      server = await startServer({ env: { ...env, PORT: port } });
    },
    problems: [],
    notes: [],
  };

  const marker = (column: string) => `${scenario.name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${column}`.replace(/_+$/, '');
  const drivers: { name: string; key: string; tenantId: string; run: DriverRun }[] = [];
  for (const { name, command } of commands) {
    const tenant = await server.adminPost('/tenants', { name: `chaos ${name}` });
    const key = await server.adminPost(`/tenants/${tenant.id}/api_keys`, { name: 'chaos' });
    const run = startDriver(command, {
      cwd: root,
      logFile: join(reports, `chaos-${marker(name)}.log`),
      env: {
        ...process.env,
        COGNITIONOS_BASE_URL: `${proxy.origin}/api/v3`,
        COGNITIONOS_API_KEY: key.secret,
        CHAOS_MARKER: marker(name),
        CHAOS_TIMEOUT_MS: String(scenario.client.timeoutMs),
        CHAOS_MAX_RETRIES: String(scenario.client.maxRetries),
        CHAOS_PAUSE_MS: String(PAUSE_MS),
        CHAOS_MAX_ITERATIONS: String(MAX_ITERATIONS),
      },
    });
    cleanup.push(async () => run.kill());
    drivers.push({ name, key: key.secret, tenantId: tenant.id, run });
  }
  // A driver that does not start fails its own column; the others run.
  const started = await Promise.all(drivers.map((driver) => withDeadline(driver.run.ready, READY_MS, `${driver.name} driver ready`).then(() => null, (error: Error) => error.message)));

  const t0 = Date.now();
  const endAt = t0 + RUN_MS;
  const finished = Promise.all(drivers.map((driver, i) => (started[i] ? { calls: [], exitCode: null, hung: false } : driver.run.go(endAt, endAt + HANG_MS))));
  const window: Window = scenario.inject ? await scenario.inject(ctx, t0 + FAULT_AT_MS) : { start: t0, end: endAt };
  const runs = await finished;

  const problems = [...ctx.problems];
  const health = await fetch(`${server.baseUrl}/health`).then((r) => r.status).catch(() => 0);
  if (health !== 200) problems.push(`the server did not answer /health with 200 after the scenario (${health || 'no answer'})`);
  for (const orphan of findOrphans(dbFile)) problems.push(`orphan rows: ${orphan}`);
  const cells = drivers.map(({ name, key, tenantId }, i): Cell => {
    const { calls, exitCode, hung } = runs[i];
    const traffic = trafficOf(name, calls, exchanges, key);
    const audit = auditWrites(dbFile, tenantId, calls);
    const cell: Cell = {
      column: name,
      requests: traffic.exchanges.length,
      retries: retriesOf(traffic),
      callerErrors: calls.filter((call) => !call.ok).length,
      wrong: calls.filter((call) => call.mismatch).length,
      lost: audit.lost,
      duplicated: audit.duplicated,
      http500: serverErrorsOf(traffic),
      recoveryMs: scenario.recovery ? recoveryMs(traffic, window[scenario.recovery.from], window.down) : undefined,
      problems: [],
    };
    const p = cell.problems;
    if (started[i]) p.push(started[i]!);
    else if (hung) p.push(`the driver was still running ${HANG_MS / 1000} s after the end of traffic: killed (a hang)`);
    else if (exitCode !== 0) p.push(`the driver exited ${exitCode}; see test/reports/chaos-${marker(name)}.log`);
    if (calls.length === 0) p.push('no call was made');
    if (cell.lost) p.push(`${cell.lost} acknowledged writes lost`);
    if (cell.duplicated) p.push(`${cell.duplicated} writes stored twice`);
    if (cell.http500) p.push(`${cell.http500} answers were 500`);
    if (cell.wrong) p.push(`${cell.wrong} reads answered other content than was written`);
    if (scenario.recovery && (cell.recoveryMs === null || cell.recoveryMs! > scenario.recovery.targetMs)) {
      p.push(`recovery ${cell.recoveryMs === null ? 'never came' : `took ${cell.recoveryMs} ms`} (target < ${scenario.recovery.targetMs} ms)`);
    }
    p.push(...(scenario.check?.(traffic, scenario) ?? []));
    return cell;
  });
  const result = { scenario, cells, problems, notes: ctx.notes };
  console.log(renderText([result]));
  return result;
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

async function runCleanup() {
  for (const stop of cleanup.splice(0).reverse()) await stop().catch(() => undefined);
}

process.once('SIGINT', async () => {
  await runCleanup();
  process.exit(130);
});
const exitCode = await main().catch(async (error: Error) => {
  console.error(`chaos run failed: ${error.stack ?? error.message}`);
  return 1;
});
await runCleanup();
process.exit(exitCode);
