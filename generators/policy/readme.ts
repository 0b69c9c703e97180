// The README sections every language renders from the one policy: the error table and the retry,
// timeout and idempotency rules. A language only says how its names are spelled.
import type { Policy } from './policy.ts';

export interface PolicySpelling {
  /** `NotFound` -> `NotFoundError` (TS, Python), `NotFoundException` (Java), ... */
  errorClass: (name: string) => string;
  connectionError: string;
  timeoutError: string;
  /** The error of a create-and-poll call that gave up waiting (not a connection error). */
  pollTimeoutError: string;
  /** How a caller sets each option, e.g. `maxRetries`, `max_retries=`. */
  maxRetriesOption: string;
  timeoutOption: string;
  idempotencyKeyOption: string;
  /** Where an error of a POST keeps the key it sent, e.g. `error.idempotencyKey`. */
  errorIdempotencyKey: string;
  /** The unit the timeout option takes, e.g. `ms`, `s`. */
  timeoutUnit: 'ms' | 's';
}

const ERROR_WORDS = { connection: 'connection errors', timeout: 'timeouts' };
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const seconds = (ms: number) => `${ms / 1000} s`;
const list = (items: Array<string | number>) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : `${items[0]}`);

export function renderErrorTable(policy: Policy, spelling: PolicySpelling): string {
  const rows = policy.errors.map((e) => `| ${e.status === '5xx' ? '>= 500' : e.status} | \`${spelling.errorClass(e.class)}\` |`);
  return [
    '| status | class |',
    '| --- | --- |',
    ...rows,
    `| no answer | \`${spelling.connectionError}\`; \`${spelling.timeoutError}\` when the timeout fired |`,
    `| polling gave up (the object is still running) | \`${spelling.pollTimeoutError}\` |`,
  ].join('\n');
}

export function renderRetryPolicy(policy: Policy, spelling: PolicySpelling): string {
  const { retries, timeouts, idempotency } = policy;
  const retried = [...retries.errors.map((e) => ERROR_WORDS[e]), ...retries.statuses, ...(retries.serverErrors ? ['5xx'] : [])];
  const timeout = spelling.timeoutUnit === 'ms' ? `${timeouts.requestMs} ms` : seconds(timeouts.requestMs);
  return `${capitalize(list(retried))} are retried (default \`${spelling.maxRetriesOption}\` ${retries.maxRetries}) with
exponential backoff: ${seconds(retries.initialDelayMs)} doubling, capped at ${seconds(retries.maxDelayMs)}, minus up to ${retries.jitter * 100}% jitter; a
\`Retry-After\` (seconds or HTTP-date, up to ${seconds(retries.maxRetryAfterMs)}) is honoured instead. An answer's \`${retries.shouldRetryHeader}: true|false\`
header decides before this table: the server says \`false\` on a permanent conflict (cancelling a finished execution is
sent once) and \`true\` on an Idempotency-Key still in flight. Only ${retries.methods.join(', ')} and
requests carrying an \`${idempotency.header}\` are retried. Retries carry \`${retries.retryCountHeader}: n\`. Each attempt
times out after \`${spelling.timeoutOption}\` (default ${timeout}).

Every ${list(idempotency.methods)} gets a generated \`${idempotency.header}\` (\`${idempotency.keyPrefix}<uuid>\`), the same on every
retry of that call, so a retried create never duplicates; set your own with \`${spelling.idempotencyKeyOption}\`.
When a ${list(idempotency.methods)} still fails after its retries, the request may nevertheless have been written:
the error carries the key it sent as \`${spelling.errorIdempotencyKey}\`. To retry safely at application level,
send the same call again with that key: the server replays the first answer instead of writing twice.`;
}
