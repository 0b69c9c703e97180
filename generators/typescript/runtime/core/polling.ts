// `createAndPoll`: start a long-running object, then re-read it until its status is one of the final
// values the spec declares (`x-cognitionos-polling`). The read calls never carry the create's
// Idempotency-Key. Giving up after the declared time is a PollTimeoutError.
import type { RequestOptions } from './base-client.js';
import { PollTimeoutError } from './errors.js';
import { formatMessage } from '../internal/message.js';
import { POLL_TIMEOUT_MESSAGE } from '../internal/policy.js';
import { sleep } from '../internal/sleep.js';

/** The options of a `createAndPoll`: the request options, and how often and how long to re-read. */
export interface PollOptions extends RequestOptions {
  /** Milliseconds between reads (default: the spec's interval for the operation). */
  pollIntervalMs?: number;
  /** Milliseconds of polling before giving up (default: the spec's for the operation). */
  pollTimeoutMs?: number;
}

/** What the spec declares for one operation. */
export interface PollUntil {
  statusField: string;
  terminal: readonly string[];
  intervalMs: number;
  timeoutMs: number;
}

export async function pollUntilDone<T extends { id: string }>(
  created: PromiseLike<T>,
  retrieve: (id: string, options: RequestOptions) => PromiseLike<T>,
  until: PollUntil,
  options: PollOptions = {},
): Promise<T> {
  const { pollIntervalMs = until.intervalMs, pollTimeoutMs = until.timeoutMs, idempotencyKey: _createOnly, ...readOptions } = options;
  const statusOf = (value: T) => String((value as Record<string, unknown>)[until.statusField]);
  const deadline = Date.now() + pollTimeoutMs;
  let current = await created;
  while (!until.terminal.includes(statusOf(current))) {
    if (Date.now() + pollIntervalMs > deadline) {
      const status = statusOf(current);
      throw new PollTimeoutError(formatMessage(POLL_TIMEOUT_MESSAGE, { status, timeout_ms: pollTimeoutMs }), status, pollTimeoutMs);
    }
    await sleep(pollIntervalMs, options.signal);
    current = await retrieve(current.id, readOptions);
  }
  return current;
}
