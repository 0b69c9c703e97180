// The server's x-should-retry header decides before the policy's status table: `false` vetoes a
// retry the table would make (a state conflict), `true` asks for one it would not.
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError } from '../../src/index.js';
import { SHOULD_RETRY_HEADER } from '../../src/internal/policy.js';
import { isRetryableStatus, shouldRetry } from '../../src/internal/retry.js';
import { answersInTurn, BASE_URL, json, newClient, seen, server, tenant } from './mock-server.js';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

// [status, header value (undefined: absent), retried]
const table: Array<[number, string | undefined, boolean]> = [
  [409, 'false', false],
  [409, 'true', true],
  [409, undefined, isRetryableStatus(409)],
  [503, 'false', false],
  [503, undefined, isRetryableStatus(503)],
  [400, 'true', true],
  [400, undefined, false],
  [429, ' TRUE ', true],
  [500, 'False', false],
  [409, 'maybe', isRetryableStatus(409)],
];

describe(`${SHOULD_RETRY_HEADER} decides before the status table`, () => {
  it.each(table)('status %i with %j is retried: %s', (status, header, expected) => {
    const headers = new Headers(header === undefined ? {} : { [SHOULD_RETRY_HEADER]: header });
    expect(shouldRetry(status, headers)).toBe(expected);
  });

  it('sends a vetoed conflict once and throws the Conflict error', async () => {
    const conflict = () => Response.json({ title: 'Conflict', status: 409, detail: 'execution already succeeded' }, { status: 409, headers: { [SHOULD_RETRY_HEADER]: 'false' } });
    server.use(http.post(`${BASE_URL}/workflows/wf_1/executions/ex_1/cancel`, conflict));
    const call = newClient().workflows.executions.cancel('wf_1', 'ex_1').catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = await call;
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message.startsWith('POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409 Conflict')).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('retries a status the table does not when the server asks', async () => {
    const asked = () => Response.json({ title: 'Bad Request', status: 400 }, { status: 400, headers: { [SHOULD_RETRY_HEADER]: 'true' } });
    server.use(http.get(`${BASE_URL}/tenants/ten_1`, answersInTurn([asked, () => json(tenant)])));
    const call = newClient().tenants.retrieve('ten_1');
    await vi.runAllTimersAsync();
    expect(await call).toEqual(tenant);
    expect(seen).toHaveLength(2);
  });
});
