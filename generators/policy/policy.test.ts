import { describe, expect, it } from 'vitest';
import { formatMessage, loadPolicy, policyConstants } from './policy.ts';
import { renderErrorTable, renderRetryPolicy, type PolicySpelling } from './readme.ts';

const policy = loadPolicy();

describe('formatMessage', () => {
  it.each([
    ['all parts', { status: 404, title: 'Not Found', detail: 'no tenant ten_x', field_errors: 'name: required', request_id: 'req_1' }, '404 Not Found: no tenant ten_x [name: required] (request req_1)'],
    ['optional parts missing', { status: 500, title: 'Internal Server Error' }, '500 Internal Server Error'],
    ['empty optional parts', { status: 400, title: 'Bad Request', detail: '', request_id: 'req_2' }, '400 Bad Request (request req_2)'],
    ['the call named first', { method: 'POST', path: '/workflows/{workflow_id}/executions/{execution_id}/cancel', status: 409, title: 'Conflict', detail: 'already finished' }, 'POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict: already finished'],
  ])('apiError with %s', (_case, values, expected) => {
    expect(formatMessage(policy.messages.apiError, values)).toBe(expected);
  });

  it.each([
    [policy.messages.timeout, { timeout_ms: 1500 }, 'Request timed out after 1500 ms'],
    [policy.messages.timeout, { method: 'GET', path: '/tenants/{tenant_id}', timeout_ms: 1500 }, 'GET /tenants/{tenant_id}: Request timed out after 1500 ms'],
    [policy.messages.connection, { method: 'GET', path: '/tenants', cause: 'ConnectException' }, 'GET /tenants: Connection error: ConnectException'],
    [policy.messages.invalidPathParam, { param: 'key_id', value: "'..'" }, "key_id must be a non-empty id that is not '.' or '..'; got '..'"],
    [policy.userAgent, { language: 'python', version: '1.2.3', runtime: 'python', runtime_version: '3.11.2' }, 'cognitionos-sdk-python/1.2.3 (python/3.11.2)'],
  ])('%s', (template, values, expected) => {
    expect(formatMessage(template, values)).toBe(expected);
  });
});

describe('policyConstants', () => {
  const constants = Object.fromEntries(policyConstants(policy).map((c) => [c.words.join('_'), c.value]));

  it.each([
    ['max_retries', policy.retries.maxRetries],
    ['retryable_statuses', policy.retries.statuses],
    ['timeout_ms', policy.timeouts.requestMs],
    ['server_error_class', 'InternalServer'],
    ['user_agent', policy.userAgent],
  ])('%s comes from policy.json', (name, value) => {
    expect(constants[name]).toEqual(value);
  });

  it('maps every non-5xx status of the error table to its class', () => {
    expect(constants.error_classes).toEqual(Object.fromEntries(policy.errors.filter((e) => e.status !== '5xx').map((e) => [e.status, e.class])));
  });
});

describe('README sections', () => {
  const spelling: PolicySpelling = {
    errorClass: (name) => `${name}Error`, connectionError: 'APIConnectionError', timeoutError: 'APITimeoutError', pollTimeoutError: 'PollTimeoutError',
    maxRetriesOption: 'maxRetries', timeoutOption: 'timeout', idempotencyKeyOption: 'idempotencyKey', errorIdempotencyKey: 'error.idempotencyKey', timeoutUnit: 'ms',
  };

  it('renders one row per status of the policy', () => {
    const table = renderErrorTable(policy, spelling);
    for (const { class: name } of policy.errors) expect(table).toContain(`\`${name}Error\``);
    expect(table).toContain('| >= 500 | `InternalServerError` |');
  });

  it('states the numbers of the policy and how to retry safely', () => {
    const text = renderRetryPolicy(policy, spelling);
    expect(text).toContain('Connection errors, timeouts, 408, 409, 429 and 5xx are retried (default `maxRetries` 2)');
    expect(text).toContain('0.5 s doubling, capped at 8 s, minus up to 25% jitter');
    expect(text).toContain('error.idempotencyKey');
  });
});
