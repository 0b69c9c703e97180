// `createAndPoll`: start a long-running object, then re-read it until its status leaves the
// in-progress states the spec lists. The read calls never carry the create's Idempotency-Key.
import type { RequestOptions } from './base-client.js';
import { sleep } from '../internal/sleep.js';

export interface PollOptions extends RequestOptions {
  /** Milliseconds between reads (default 500). */
  pollIntervalMs?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 500;

export async function pollUntilDone<T extends { id: string; status: string }>(
  created: PromiseLike<T>,
  retrieve: (id: string, options: RequestOptions) => PromiseLike<T>,
  inProgress: readonly string[],
  options: PollOptions = {},
): Promise<T> {
  const { pollIntervalMs = DEFAULT_POLL_INTERVAL_MS, idempotencyKey: _createOnly, ...readOptions } = options;
  let current = await created;
  while (inProgress.includes(current.status)) {
    await sleep(pollIntervalMs, options.signal);
    current = await retrieve(current.id, readOptions);
  }
  return current;
}
