// The typed reader of policy.json, the constants every runtime gets emitted from it, and the message
// formatter whose semantics every runtime reimplements (its unit tests check the same cases).
import { readFileSync } from 'node:fs';
import type { Words } from '../model/types.ts';

export interface Policy {
  retries: {
    maxRetries: number;
    statuses: number[];
    serverErrors: boolean;
    errors: Array<'connection' | 'timeout'>;
    initialDelayMs: number;
    maxDelayMs: number;
    jitter: number;
    maxRetryAfterMs: number;
    methods: string[];
    idempotencyKeyMakesRetryable: boolean;
    retryCountHeader: string;
    /** The server's verdict on an error answer (`true`/`false`): it decides before `statuses`. */
    shouldRetryHeader: string;
  };
  timeouts: { requestMs: number };
  polling: { intervalMs: number; timeoutMs: number };
  idempotency: { header: string; methods: string[]; keyPrefix: string };
  errors: Array<{ status: number | '5xx'; class: string }>;
  messages: Record<'apiError' | 'fieldError' | 'fieldErrorSeparator' | 'connection' | 'timeout' | 'pollTimeout' | 'invalidPathParam', string>;
  /** How much of an error body that is not problem+json (a proxy's HTML page) is kept as its detail. */
  rawDetailMaxChars: number;
  minSecretChars: number;
  userAgent: string;
  /** `log`: the variable that, set to `debug`, logs every attempt (method, path, status, request id, attempt, elapsed). */
  environment: { apiKey: string; baseUrl: string; log: string; defaultBaseUrl: string };
  headers: { requestId: string; specVersion: string };
}

export function loadPolicy(): Policy {
  return JSON.parse(readFileSync(new URL('./policy.json', import.meta.url), 'utf8')) as Policy;
}

export type ConstantValue = number | string | boolean | number[] | string[] | Record<number, string>;

/** One named value a runtime imports instead of typing the number itself; each language spells `words`. */
export interface Constant {
  words: Words;
  value: ConstantValue;
}

/** The policy as flat constants, in a stable order: what src/internal/policy.ts, _policy.py, ... hold. */
export function policyConstants(policy: Policy): Constant[] {
  const { retries, messages } = policy;
  const byStatus = Object.fromEntries(policy.errors.filter((e) => e.status !== '5xx').map((e) => [e.status, e.class]));
  const serverError = policy.errors.find((e) => e.status === '5xx')!.class;
  const entries: Array<[string, ConstantValue]> = [
    ['max_retries', retries.maxRetries],
    ['retryable_statuses', retries.statuses],
    ['retry_server_errors', retries.serverErrors],
    ['retry_connection_errors', retries.errors.includes('connection')],
    ['retry_timeouts', retries.errors.includes('timeout')],
    ['initial_delay_ms', retries.initialDelayMs],
    ['max_delay_ms', retries.maxDelayMs],
    ['jitter', retries.jitter],
    ['max_retry_after_ms', retries.maxRetryAfterMs],
    ['repeatable_methods', retries.methods],
    ['idempotency_key_makes_retryable', retries.idempotencyKeyMakesRetryable],
    ['retry_count_header', retries.retryCountHeader],
    ['should_retry_header', retries.shouldRetryHeader],
    ['timeout_ms', policy.timeouts.requestMs],
    ['poll_interval_ms', policy.polling.intervalMs],
    ['poll_timeout_ms', policy.polling.timeoutMs],
    ['idempotency_header', policy.idempotency.header],
    ['idempotency_methods', policy.idempotency.methods],
    ['idempotency_key_prefix', policy.idempotency.keyPrefix],
    ['error_classes', byStatus],
    ['server_error_class', serverError],
    ['api_error_message', messages.apiError],
    ['field_error_message', messages.fieldError],
    ['field_error_separator', messages.fieldErrorSeparator],
    ['connection_error_message', messages.connection],
    ['timeout_message', messages.timeout],
    ['poll_timeout_message', messages.pollTimeout],
    ['invalid_path_param_message', messages.invalidPathParam],
    ['raw_detail_max_chars', policy.rawDetailMaxChars],
    ['min_secret_chars', policy.minSecretChars],
    ['user_agent', policy.userAgent],
    ['api_key_env', policy.environment.apiKey],
    ['base_url_env', policy.environment.baseUrl],
    ['log_env', policy.environment.log],
    ['default_base_url', policy.environment.defaultBaseUrl],
    ['request_id_header', policy.headers.requestId],
    ['spec_version_header', policy.headers.specVersion],
  ];
  return entries.map(([name, value]) => ({ words: name.split('_'), value }));
}

/**
 * Fills a policy message: `{name}` is replaced by its value; in `{prefix name suffix}` (`{: detail}`,
 * `{ (request request_id)}`) the last snake_case word is the name, and the whole group vanishes when
 * the value is empty or missing. Every runtime implements exactly this (one regex).
 */
export function formatMessage(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{([^{}]*?)([a-z_]+)([^{}a-z_]*)\}/g, (_, prefix: string, name: string, suffix: string) => {
    const value = values[name];
    return value === undefined || value === '' ? '' : `${prefix}${value}${suffix}`;
  });
}
