// W3C Trace Context: the server continues the caller's trace (its `traceparent`) or starts one, names
// its own span, and says both in a `traceresponse` header (Level 2 draft) and in the access-log line.
import { randomHex } from '../ids.ts';

export interface Trace {
  traceId: string;
  spanId: string;
}

/**
 * A valid traceparent: version 00 is exactly four fields; a later version may append fields, which we
 * do not read (the spec says to parse what we know). Version ff is forbidden.
 */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-[^]*)?$/;
const ALL_ZEROS = /^0+$/;

/** The trace id the caller's header names, or undefined when it is absent or invalid (then it is ignored). */
export function traceIdOf(header: string | string[] | undefined): string | undefined {
  // Node joins a repeated header with ", ", which no valid value matches: two traceparents are invalid.
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header);
  if (!match) return undefined;
  const [, version, traceId, parentId, rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(parentId)) return undefined;
  return traceId;
}

/** This request's place in a trace: the caller's trace when it sent a valid one, a new trace otherwise. */
export function traceOf(header: string | string[] | undefined): Trace {
  return { traceId: traceIdOf(header) ?? randomHex(16), spanId: randomHex(8) };
}

/** `traceresponse`: the trace continued and the server's span, sampled (flags 01) since every request is logged. */
export const traceResponse = ({ traceId, spanId }: Trace) => `00-${traceId}-${spanId}-01`;
