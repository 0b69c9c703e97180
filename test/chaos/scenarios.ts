// The seed's five chaos scenarios, made real on one machine. Each says how its fault is made (a
// server setting for the whole run, or `inject` for a window in the middle of it), what the seed
// targets, and the checks of its own beyond the ones every scenario gets (nothing lost or stored
// twice, no 500, no orphan row, the server answering afterwards).
import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunningServer } from '../support/server.ts';
import type { ColumnTraffic } from './traffic.ts';

export interface Window {
  start: number;
  end: number;
  /** When the old server process was gone (a restart): answers before it are its drain, not a recovery. */
  down?: number;
}

export interface ScenarioContext {
  dbFile: string;
  server(): RunningServer;
  /** Stops the server (SIGTERM, waiting for its drain, or SIGKILL), then, once it is gone, calls `down` and starts it again on the same port and file. */
  restart(signal: 'SIGTERM' | 'SIGKILL', down: () => void): Promise<void>;
  /** Problems the scenario found at the level of the whole server (not of one column). */
  problems: string[];
  notes: string[];
}

export interface ChaosScenario {
  name: string;
  /** The seed's target, as the table prints it. */
  target: string;
  /** The recovery target, from the fault window's start or end to each column's first success after it. */
  recovery?: { targetMs: number; from: 'start' | 'end' };
  serverEnv?: Record<string, string>;
  client: { timeoutMs: number; maxRetries: number };
  /** Makes the fault from `at` on; returns its window. Without it, the fault (serverEnv) lasts the whole run. */
  inject?(ctx: ScenarioContext, at: number): Promise<Window>;
  /** This scenario's own checks of one column's traffic: the problems found. */
  check?(traffic: ColumnTraffic, scenario: ChaosScenario): string[];
}

/** How long each fault window lasts. */
const FAULT_MS = 3000;
/** Retries a caller gets: the policy's default, 2. */
const DEFAULT_RETRIES = 2;
const defaultClient = { timeoutMs: 10_000, maxRetries: DEFAULT_RETRIES };

const untilThen = (at: number) => sleep(Math.max(0, at - Date.now()));

// The longest one call may take when every attempt times out: each attempt's timeout plus the
// policy's backoff (0.5 s doubling, at most 8 s, up to 25% jitter) between them.
function callBound({ timeoutMs, maxRetries }: ChaosScenario['client']): number {
  let backoff = 0;
  for (let retry = 0; retry < maxRetries; retry++) backoff += Math.min(500 * 2 ** retry, 8000) * 1.25;
  return (maxRetries + 1) * timeoutMs + backoff;
}

/** Another process's connection holds the store's write lock, longer than the server's busy timeout. */
async function lockStore(ctx: ScenarioContext, at: number): Promise<Window> {
  await untilThen(at);
  const other = new Database(ctx.dbFile);
  other.exec('BEGIN IMMEDIATE');
  const start = Date.now();
  const healthAnswers: string[] = [];
  while (Date.now() - start < FAULT_MS) {
    const reply = await fetch(`${ctx.server().baseUrl}/health`).catch((error: Error) => error);
    healthAnswers.push(reply instanceof Error ? `no answer (${reply.message})` : `${reply.status} store=${((await reply.json()) as { store?: string }).store}`);
    await sleep(250);
  }
  other.exec('ROLLBACK');
  other.close();
  const end = Date.now();
  const wrong = healthAnswers.filter((answer) => answer !== '503 store=error');
  if (wrong.length) ctx.problems.push(`/health during the outage answered ${wrong.join(', ')} (want 503 store=error)`);
  ctx.notes.push(`/health during the outage: ${healthAnswers.length} probes, ${healthAnswers.length - wrong.length} answered 503 store=error`);
  return { start, end };
}

/** The tenant cache is dropped every 100 ms (SIGUSR2) through the window: every tenant-key call reads its tenant from SQLite. */
async function dropCache(ctx: ScenarioContext, at: number): Promise<Window> {
  await untilThen(at);
  const start = Date.now();
  let drops = 0;
  while (Date.now() - start < FAULT_MS) {
    process.kill(ctx.server().pid, 'SIGUSR2');
    drops++;
    await sleep(100);
  }
  ctx.notes.push(`tenant cache dropped ${drops} times`);
  return { start, end: Date.now() };
}

const restartWith = (signal: 'SIGTERM' | 'SIGKILL') => async (ctx: ScenarioContext, at: number): Promise<Window> => {
  await untilThen(at);
  const start = Date.now();
  let down = start;
  await ctx.restart(signal, () => (down = Date.now()));
  const end = Date.now();
  ctx.notes.push(`${signal}: the old server was gone ${down - start} ms after the signal, the new one listened ${end - start} ms after it`);
  return { start, end, down };
};

/**
 * A restart's callers retry for longer than the policy's default 2 retries (0.5 s + 1 s of backoff):
 * the server takes seconds to start (more on a loaded machine), and a caller that expects restarts
 * raises maxRetries; 5 retries wait up to 15.5 s (+ jitter).
 */
const restartClient = { timeoutMs: 10_000, maxRetries: 5 };

const noCallerErrors = (traffic: ColumnTraffic) =>
  traffic.calls.filter((call) => !call.ok).length ? [`${traffic.calls.filter((call) => !call.ok).length} calls failed (want none)`] : [];

export const scenarios: ChaosScenario[] = [
  {
    name: 'database failure',
    target: 'no 500; /health 503; recovery < 5 s',
    recovery: { targetMs: 5000, from: 'end' },
    client: defaultClient,
    inject: lockStore,
  },
  {
    name: 'cache failure',
    target: 'no caller error; answers right',
    client: defaultClient,
    inject: dropCache,
    check: noCallerErrors,
  },
  {
    name: 'latency above the timeout',
    target: 'timeout errors only; no hang',
    serverEnv: { COGNITIONOS_FAULTS: 'rate=0.5,kinds=delay,delay_ms=2500' },
    client: { timeoutMs: 1000, maxRetries: DEFAULT_RETRIES },
    check: (traffic, scenario) => {
      const problems: string[] = [];
      const other = traffic.calls.filter((call) => !call.ok && !call.timeout);
      if (other.length) problems.push(`${other.length} failed calls were not timeout errors: ${[...new Set(other.map((call) => call.error))].join(', ')}`);
      if (traffic.abandoned === 0) problems.push('no attempt outlived the timeout: the scenario did not happen');
      const bound = callBound(scenario.client);
      if (traffic.maxMs > bound + 2000) problems.push(`a call took ${traffic.maxMs} ms, past its bound of ${Math.round(bound)} ms (+2 s): a hang`);
      return problems;
    },
  },
  {
    name: 'latency below the timeout',
    target: 'no caller error; no timeout',
    serverEnv: { COGNITIONOS_FAULTS: 'rate=0.5,kinds=delay,delay_ms=500' },
    client: { timeoutMs: 3000, maxRetries: DEFAULT_RETRIES },
    check: (traffic) => [...noCallerErrors(traffic), ...(traffic.abandoned ? [`${traffic.abandoned} attempts timed out (want none)`] : [])],
  },
  {
    name: 'restart: SIGTERM',
    target: 'recovery < 30 s (5 retries)',
    recovery: { targetMs: 30_000, from: 'start' },
    client: restartClient,
    inject: restartWith('SIGTERM'),
  },
  {
    name: 'restart: kill -9',
    target: 'recovery < 30 s (5 retries)',
    recovery: { targetMs: 30_000, from: 'start' },
    client: restartClient,
    inject: restartWith('SIGKILL'),
  },
  {
    name: 'partial outage (/usage)',
    target: 'other routes unaffected',
    serverEnv: { COGNITIONOS_FAULTS: 'rate=0.5,kinds=503,path=/usage' },
    client: defaultClient,
    check: (traffic) => {
      const problems: string[] = [];
      const memoryErrors = traffic.calls.filter((call) => call.op !== 'record' && !call.ok).length;
      if (memoryErrors) problems.push(`${memoryErrors} memory calls failed (only /usage is out)`);
      const unavailable = traffic.exchanges.filter((exchange) => exchange.status === 503);
      const outside = unavailable.filter((exchange) => !/\/usage(\/|\?|$)/.test(exchange.path)).length;
      if (outside) problems.push(`${outside} 503 answers outside /usage`);
      if (unavailable.length === outside) problems.push('no 503 on /usage: the scenario did not happen');
      return problems;
    },
  },
];
