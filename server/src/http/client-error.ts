// Requests Node's HTTP parser refuses (bare CR or LF in headers, bad chunking, a URL or headers past
// the size limit) never reach Express; without this they get an empty 400/431. They get problem+json
// with a request id like every other answer.
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { SPEC_VERSION } from '../../../spec/src/index.ts';
import { newRequestId } from '../ids.ts';
import type { AccessEntry, Logger } from './access-log.ts';
import { jsonOf } from './context.ts';
import { Problem, PROBLEM_JSON, problemAnswer } from './problem.ts';
import { traceOf, traceResponse } from './trace.ts';

const statusOf = (code: string | undefined) =>
  code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;

export function answerClientErrors(server: Server, logger: Logger) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or an already answered socket has no one left to read an answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const requestId = newRequestId();
    // The request could not be read, its traceparent neither: its answer and log line start a trace.
    const trace = traceOf(undefined);
    const problem = new Problem(statusOf(error.code), `The request is not valid HTTP/1.1 (${error.code ?? error.message}).`, [{ path: 'request', message: error.message }]);
    const { status, headers, body: answer } = problemAnswer(problem, requestId);
    const body = jsonOf(answer);
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      `Content-Type: ${PROBLEM_JSON}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Request-Id: ${requestId}`,
      `CognitionOS-Spec-Version: ${SPEC_VERSION}`,
      `traceresponse: ${traceResponse(trace)}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      'Connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
    const entry: AccessEntry = { request_id: requestId, method: null, route: null, status, duration_ms: 0, tenant_id: null, trace_id: trace.traceId, span_id: trace.spanId };
    logger.info(entry, 'request');
  });
}
