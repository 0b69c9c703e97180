// Generated from generators/cli/runtime/errors.ts by generators/cli. Do not edit: change generators/cli/runtime/errors.ts or the generator.
// Exit codes and the error a command prints. The codes are documented in the README (emitted from
// EXIT_CODES below): scripts branch on them, so each is one kind of failure. SDK errors are
// recognised by their status and class name (the SDK is loaded lazily, so no instanceof here). The
// SDK builds messages from the problem body only, and the CLI never echoes the key: nothing printed
// here can contain it; `redactKey` is a last guard for text that came from elsewhere.
import { UsageError } from './values.js';

export const EXIT = {
  ok: 0,
  other: 1,
  usage: 2,
  notFound: 3,
  auth: 4,
  invalid: 5,
  rateLimited: 6,
  server: 7,
} as const;

/** Rows of the README's exit-code table. */
export const EXIT_CODES: ReadonlyArray<[number, string]> = [
  [EXIT.ok, 'success'],
  [EXIT.other, 'anything else (e.g. `--wait` ended in a failed or canceled execution)'],
  [EXIT.usage, 'usage: unknown command or flag, bad value (the message names the flag and the expected form), a destructive verb without `--yes` when stdin is not a terminal'],
  [EXIT.notFound, 'not found (404)'],
  [EXIT.auth, 'authentication or permission (401, 403), or no API key at all'],
  [EXIT.invalid, 'invalid request or conflict (400, 409, 413, 422, and ids the SDK refuses before sending)'],
  [EXIT.rateLimited, 'rate limited (429, after the SDK\'s retries)'],
  [EXIT.server, 'server error (5xx), timeout or connection failure'],
];

/** Thrown when no key came from the flag, the environment or a profile. */
export class MissingKeyError extends Error {
  override name = 'MissingKeyError';
}

/** Ends a command with a chosen code after its message is printed (a failed --wait, a refusal). */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface SdkErrorShape {
  name?: string;
  status?: number;
  problem?: Record<string, unknown>;
  requestId?: string;
  idempotencyKey?: string;
  message: string;
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof ExitError) return error.code;
  if (error instanceof MissingKeyError) return EXIT.auth;
  const e = error as SdkErrorShape;
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (status === undefined) {
    if (e?.name === 'APITimeoutError' || e?.name === 'APIConnectionError') return EXIT.server;
    if (e?.name === 'BadRequestError') return EXIT.invalid; // refused before sending (a '..' id)
    return EXIT.other;
  }
  if (status === 404) return EXIT.notFound;
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 429) return EXIT.rateLimited;
  if (status >= 500 || status === 408) return EXIT.server;
  if (status >= 400) return EXIT.invalid;
  return EXIT.other;
}

/** The problem object `--format json` prints on stderr (the server's, or one made for local errors). */
export function problemOf(error: unknown): Record<string, unknown> {
  const e = error as SdkErrorShape;
  const problem: Record<string, unknown> = e?.problem ? { ...e.problem } : { title: titleOf(error), detail: (error as Error)?.message ?? String(error) };
  if (e?.status !== undefined && problem.status === undefined) problem.status = e.status;
  if (e?.requestId && problem.request_id === undefined) problem.request_id = e.requestId;
  if (e?.idempotencyKey) problem.idempotency_key = e.idempotencyKey;
  return problem;
}

function titleOf(error: unknown): string {
  if (error instanceof UsageError) return 'Usage error';
  if (error instanceof MissingKeyError) return 'No API key';
  const name = (error as Error)?.name;
  if (name === 'APITimeoutError') return 'Timeout';
  if (name === 'APIConnectionError') return 'Connection error';
  return 'Error';
}

/** The stderr text: the SDK's message (status, title, detail, field errors, request id) plus how
 * to retry a failed POST without a duplicate. */
export function errorText(error: unknown, bin: string): string {
  const e = error as SdkErrorShape;
  const lines = [`error: ${e?.message ?? String(error)}`];
  if (error instanceof UsageError) lines.push(`(see ${bin} --help)`);
  if (e?.idempotencyKey && exitCodeFor(error) === EXIT.server) {
    lines.push(`The request may have been written: repeat it with --idempotency-key ${e.idempotencyKey} to get its first answer, not a duplicate.`);
  } else if (e?.idempotencyKey) {
    lines.push(`Idempotency-Key sent: ${e.idempotencyKey}`);
  }
  return `${lines.join('\n')}\n`;
}

export function redactKey(text: string, key: string | undefined): string {
  return key ? text.replaceAll(key, '[redacted]') : text;
}
