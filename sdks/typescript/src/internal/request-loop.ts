// Generated from generators/typescript/runtime/internal/request-loop.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/request-loop.ts or the generator.
// One call, sent until it succeeds or may not be retried: each attempt has its own timeout,
// retries wait per ./retry.ts and carry `CognitionOS-Retry-Count: n`. The body is read inside the
// attempt, so a connection dropped mid-answer is retried like any other connection error. Each
// attempt is one debug record (./log.ts); each retry one info record.
import { APIConnectionError, APIError, APITimeoutError, APIUserAbortError, redact, type Problem } from '../core/errors.js';
import { errorFromResponse, type CallName } from './errors.js';
import type { Logger } from './log.js';
import { formatMessage } from './message.js';
import { CONNECTION_ERROR_MESSAGE, IDEMPOTENCY_HEADER, RAW_DETAIL_MAX_CHARS, REQUEST_ID_HEADER, RETRY_COUNT_HEADER, TIMEOUT_MESSAGE } from './policy.js';
import { isRepeatable, isRetryableError, retryAfterMs, retryDelayMs, shouldRetry } from './retry.js';
import { sleep } from './sleep.js';
import type { Transport, TransportResponse } from '../core/transport.js';

export interface PreparedRequest extends CallName {
  url: string;
  headers: Headers;
  body: string | undefined;
  maxRetries: number;
  timeoutMs: number;
  signal: AbortSignal | null | undefined;
  transport: Transport;
  /** The API key: cut out of every error message. */
  secret: string | undefined;
  logger: Logger;
}

/** An answer (any status) with its body already read. */
export type Answer = TransportResponse;

// Every error of a call that sent an Idempotency-Key carries it: the caller's way to retry safely.
export async function sendWithRetries(request: PreparedRequest): Promise<Answer> {
  try {
    return await sendUntilFinal(request);
  } catch (error) {
    if (error instanceof APIError) error.idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER) ?? undefined;
    throw error;
  }
}

async function sendUntilFinal(request: PreparedRequest): Promise<Answer> {
  for (let retry = 0; ; retry++) {
    if (retry > 0) request.headers.set(RETRY_COUNT_HEADER, String(retry));
    const outcome = await loggedAttempt(request, retry + 1);
    const mayRetry = retry < request.maxRetries && isRepeatable(request.method, request.headers);
    if (outcome instanceof APIError) {
      if (!mayRetry || !isRetryableError(outcome)) throw outcome;
      await wait(request, retry + 1, retryDelayMs(retry + 1, undefined));
    } else if (outcome.status >= 200 && outcome.status < 300) {
      return outcome;
    } else if (mayRetry && shouldRetry(outcome.status, outcome.headers)) {
      await wait(request, retry + 1, retryDelayMs(retry + 1, retryAfterMs(outcome.headers.get('retry-after'))));
    } else {
      throw errorFromAnswer(outcome, request);
    }
  }
}

function wait(request: PreparedRequest, retry: number, delayMs: number): Promise<void> {
  request.logger.info('cognitionos retry', { method: request.method, path: urlPath(request), retry, delay_ms: Math.round(delayMs) });
  return sleep(delayMs, request.signal);
}

async function loggedAttempt(request: PreparedRequest, number: number): Promise<Answer | APIError> {
  const started = Date.now();
  const outcome = await attempt(request);
  const answered = outcome instanceof APIError ? { error: outcome.message } : { status: outcome.status, request_id: outcome.headers.get(REQUEST_ID_HEADER) ?? undefined };
  request.logger.debug('cognitionos request', { method: request.method, path: urlPath(request), ...answered, attempt: number, elapsed_ms: Date.now() - started });
  return outcome;
}

// The path logged is the URL's (ids included, the query left out): which object, never a secret.
function urlPath(request: PreparedRequest): string {
  return new URL(request.url).pathname;
}

// An attempt never throws: it answers a Response with its body, or the error that ended it.
async function attempt(request: PreparedRequest): Promise<Answer | APIError> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  const forwardAbort = () => controller.abort();
  request.signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    if (request.signal?.aborted) return new APIUserAbortError();
    const { method, url, headers, body, timeoutMs } = request;
    return await request.transport({ method, url, headers: Object.fromEntries(headers), body, signal: controller.signal, timeoutMs });
  } catch (error) {
    if (request.signal?.aborted) return new APIUserAbortError();
    const call = { method: request.method, path: request.path };
    if (controller.signal.aborted || (error as Error)?.name === 'TimeoutError') return new APITimeoutError(formatMessage(TIMEOUT_MESSAGE, { ...call, timeout_ms: request.timeoutMs }));
    return new APIConnectionError(redact(formatMessage(CONNECTION_ERROR_MESSAGE, { ...call, cause: describeCause(error) }), request.secret), { cause: error });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', forwardAbort);
  }
}

// The whole body is redacted, not just the message: a server echoing the key must not leak it
// through `error.problem` or JSON.stringify(error) either.
function errorFromAnswer({ status, statusText, headers, body }: Answer, request: PreparedRequest): APIError {
  return errorFromResponse(status, parseProblem(redact(body, request.secret), statusText), headers, request);
}

// A proxy or load balancer may answer with HTML or plain text: keep it readable as the detail.
function parseProblem(text: string, statusText: string): Problem | undefined {
  if (!text) return statusText ? { title: statusText } : undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Problem;
  } catch {
    // not JSON: fall through
  }
  return { title: statusText || undefined, detail: text.slice(0, RAW_DETAIL_MAX_CHARS) };
}

// Node's fetch (and undici) hide the socket error in `cause` ("fetch failed" alone helps nobody).
function describeCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return message + cause;
}
