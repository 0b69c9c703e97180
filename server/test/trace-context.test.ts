// W3C Trace Context (issue 23): the server continues a caller's valid `traceparent` (same trace id,
// its own span), starts a new trace otherwise, never refuses a request for its traceparent, answers
// `traceresponse` and writes the trace and span ids in the access-log line.
import { describe, expect, it } from 'vitest';
import { traceIdOf } from '../src/http/trace.ts';
import { client, useServer, waitUntil } from './support.ts';

const ctx = useServer({ captureOutput: true });
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const TRACERESPONSE = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

/** The access-log line of the request with this id, once it is written. */
async function logLineOf(requestId: string | null) {
  const lines = () => ctx.server.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
  const [line] = await waitUntil(async () => lines().filter((entry) => entry.request_id === requestId), (found) => found.length > 0);
  return line;
}

/** GET /health with these headers: its traceresponse (trace id, span id) and its access-log line. */
async function traced(headers: Record<string, string>) {
  const reply = await client(ctx.server.baseUrl).get('/health', headers);
  expect(reply.status).toBe(200);
  const [, traceId, spanId] = TRACERESPONSE.exec(reply.headers.get('traceresponse') ?? '') ?? [];
  return { traceId, spanId, line: await logLineOf(reply.headers.get('x-request-id')) };
}

describe('a valid traceparent', () => {
  it('is continued: the traceresponse and the log line carry its trace id and the server span', async () => {
    const { traceId, spanId, line } = await traced({ traceparent: PARENT, tracestate: 'vendor=value' });
    expect(traceId).toBe(TRACE_ID);
    expect(spanId).not.toBe('00f067aa0ba902b7');
    expect(line).toMatchObject({ trace_id: TRACE_ID, span_id: spanId });
  });

  it('gets a new server span on every request of the same trace', async () => {
    const first = await traced({ traceparent: PARENT });
    const second = await traced({ traceparent: PARENT });
    expect(first.spanId).not.toBe(second.spanId);
  });

  it('is continued on an error answer too', async () => {
    const reply = await client(ctx.server.baseUrl).get('/workflows', { traceparent: PARENT });
    expect(reply.status).toBe(401);
    expect(reply.headers.get('traceresponse')).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
  });
});

describe('without a valid traceparent, a new trace is started, logged and answered; the request is served', () => {
  it.each([
    ['no traceparent', {}],
    ['a malformed one', { traceparent: 'not-a-trace' }],
    ['an all-zero trace id', { traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01` }],
  ])('%s', async (_case, headers: Record<string, string>) => {
    const { traceId, spanId, line } = await traced(headers);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(traceId).not.toBe('0'.repeat(32));
    expect(line).toMatchObject({ trace_id: traceId, span_id: spanId });
  });

  it('two requests without one are two traces', async () => {
    const [first, second] = [await traced({}), await traced({})];
    expect(first.traceId).not.toBe(second.traceId);
  });
});

describe('traceIdOf (W3C Trace Context, version 00 and later versions)', () => {
  it.each([
    ['version 00', PARENT, TRACE_ID],
    ['flags not sampled', `00-${TRACE_ID}-00f067aa0ba902b7-00`, TRACE_ID],
    ['a later version with more fields', `cc-${TRACE_ID}-00f067aa0ba902b7-01-what-the-future-adds`, TRACE_ID],
    ['absent', undefined, undefined],
    ['version ff, which is forbidden', `ff-${TRACE_ID}-00f067aa0ba902b7-01`, undefined],
    ['version 00 with more fields', `${PARENT}-extra`, undefined],
    ['upper-case hex', PARENT.toUpperCase(), undefined],
    ['an all-zero parent id', `00-${TRACE_ID}-0000000000000000-01`, undefined],
    ['a short trace id', `00-${TRACE_ID.slice(1)}-00f067aa0ba902b7-01`, undefined],
    ['two headers, as Node joins them', `${PARENT}, ${PARENT}`, undefined],
    ['repeated, as an array', [PARENT, PARENT], undefined],
  ])('%s', (_case, header, expected) => {
    expect(traceIdOf(header)).toBe(expected);
  });
});
