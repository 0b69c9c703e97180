// One column's traffic in one scenario: what its driver reported (the caller's view) and what the
// pass-through in front of the server saw of it (the wire's view: attempts, retries, statuses).
import type { Exchange } from '../contract/pass-through.ts';
import type { CallLine } from './drive.ts';

/** An exchange with the time the pass-through settled it (answer relayed, dropped, or abandoned by the client). */
export type TimedExchange = Exchange & { at: number };

export interface ColumnTraffic {
  column: string;
  calls: CallLine[];
  exchanges: TimedExchange[];
  /** Attempts the client gave up on (its timeout) before the server answered. */
  abandoned: number;
  /** The longest call as the caller timed it, retries included. */
  maxMs: number;
}

export function trafficOf(column: string, calls: CallLine[], all: TimedExchange[], apiKey: string): ColumnTraffic {
  const exchanges = all.filter((exchange) => exchange.requestHeaders.authorization === `Bearer ${apiKey}`);
  return {
    column,
    calls,
    exchanges,
    abandoned: exchanges.filter((exchange) => exchange.outcome === 'abandoned').length,
    maxMs: Math.max(0, ...calls.map((call) => call.ms)),
  };
}

export const retriesOf = (traffic: ColumnTraffic) => traffic.exchanges.filter((exchange) => Number(exchange.requestHeaders['cognitionos-retry-count'] ?? 0) > 0).length;
export const serverErrorsOf = (traffic: ColumnTraffic) => traffic.exchanges.filter((exchange) => exchange.status === 500).length;

/** From `since` to this column's first 2xx answer at or after `after` (by default `since`); null when none came. */
export function recoveryMs(traffic: ColumnTraffic, since: number, after = since): number | null {
  const first = traffic.exchanges.filter((exchange) => exchange.at >= after && exchange.status !== undefined && exchange.status < 300).sort((a, b) => a.at - b.at)[0];
  return first ? first.at - since : null;
}
