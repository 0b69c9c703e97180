// Generated from generators/typescript/runtime/internal/request-loop.ts by generators/typescript. Do not edit: change generators/typescript/runtime/internal/request-loop.ts or the generator.
// One call, sent until it succeeds or may not be retried: each attempt has its own timeout,
// retries wait per ./retry.ts and carry `CognitionOS-Retry-Count: n`. The body is read inside the
// attempt, so a connection dropped mid-answer is retried like any other connection error.
import { APIConnectionError, APIError, APITimeoutError, APIUserAbortError, redact, type Problem } from '../core/errors.js';
import { errorFromResponse } from './errors.js';
import { formatMessage } from './message.js';
import { CONNECTION_ERROR_MESSAGE, IDEMPOTENCY_HEADER, RAW_DETAIL_MAX_CHARS, RETRY_COUNT_HEADER, TIMEOUT_MESSAGE } from './policy.js';
import { isRepeatable, isRetryableError, isRetryableStatus, retryAfterMs, retryDelayMs } from './retry.js';
import { sleep } from './sleep.js';
import type { Transport, TransportResponse } from '../core/transport.js';

export interface PreparedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string | undefined;
  maxRetries: number;
  timeoutMs: number;
  signal: AbortSignal | null | undefined;
  transport: Transport;
  /** The API key: cut out of every error message. */
  secret: string | undefined;
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
    const outcome = await attempt(request);
    const mayRetry = retry < request.maxRetries && isRepeatable(request.method, request.headers);
    if (outcome instanceof APIError) {
      if (!mayRetry || !isRetryableError(outcome)) throw outcome;
      await sleep(retryDelayMs(retry + 1, undefined), request.signal);
    } else if (outcome.status >= 200 && outcome.status < 300) {
      return outcome;
    } else if (mayRetry && isRetryableStatus(outcome.status)) {
      await sleep(retryDelayMs(retry + 1, retryAfterMs(outcome.headers.get('retry-after'))), request.signal);
    } else {
      throw errorFromAnswer(outcome, request.secret);
    }
  }
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
    if (controller.signal.aborted || (error as Error)?.name === 'TimeoutError') return new APITimeoutError(formatMessage(TIMEOUT_MESSAGE, { timeout_ms: request.timeoutMs }));
    return new APIConnectionError(redact(formatMessage(CONNECTION_ERROR_MESSAGE, { cause: describeCause(error) }), request.secret), { cause: error });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', forwardAbort);
  }
}

// The whole body is redacted, not just the message: a server echoing the key must not leak it
// through `error.problem` or JSON.stringify(error) either.
function errorFromAnswer({ status, statusText, headers, body }: Answer, secret: string | undefined): APIError {
  return errorFromResponse(status, parseProblem(redact(body, secret), statusText), headers);
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
