// Generated from generators/typescript/contract/parity.test.ts by generators/typescript. Do not edit: change generators/typescript/contract/parity.test.ts or the generator.
// Issue 23's scenarios: an omitted params object sends {}, the server's x-should-retry veto, the
// caller's middleware around each attempt, the raw response of a success, and the trace context.
import { beforeAll, describe, expect, it } from 'vitest';
import { APITimeoutError, ConflictError, SPEC_VERSION, type Middleware } from '../../src/index.js';
import { inSpan, useTraceContext } from '../trace-context.js';
import { admin, adminKey, clientFor, expectSpecVersion, failure, newTenant, recordingTransport, unique } from './environment.js';

beforeAll(() => expectSpecVersion());

// An update answers the object as it was; only its updated_at may move.
function unchanged(before: object): unknown {
  const { updated_at: _moved, ...rest } = before as Record<string, unknown>;
  return expect.objectContaining(rest);
}

describe('issue 23 parity', () => {
  it('bodies.params_omitted: executions.create(workflowId) and update(id) without params send {}', async () => {
    const { tenant, client } = await newTenant();
    const workflow = await client.workflows.create({ name: unique('omitted'), steps: [{ type: 'delay', duration_ms: 1 }] });
    const execution = await client.workflows.executions.create(workflow.id);
    expect(execution).toMatchObject({ workflow_id: workflow.id });
    expect(await admin.tenants.update(tenant.id)).toEqual(unchanged(tenant));
    expect(await client.workflows.update(workflow.id)).toEqual(unchanged(workflow));
    const plugin = await admin.tenants.plugins.install(tenant.id, { name: unique('plugin'), version: '1.0.0' });
    expect(await admin.tenants.plugins.update(tenant.id, plugin.id)).toEqual(unchanged(plugin));
    const subscription = await admin.tenants.subscription.retrieve(tenant.id);
    expect(await admin.tenants.subscription.update(tenant.id)).toEqual(unchanged(subscription));
  });

  it('retries.should_retry_veto: cancelling a finished execution is sent once and fails with Conflict', async () => {
    const { apiKey, client } = await newTenant();
    const workflow = await client.workflows.create({ name: unique('veto'), steps: [{ type: 'delay', duration_ms: 1 }] });
    const finished = await client.workflows.executions.createAndPoll(workflow.id, {}, { pollIntervalMs: 50 });
    const { transport, exchanges } = recordingTransport();
    const recorded = clientFor(apiKey, 'COGNITIONOS_BASE_URL', { transport });
    const error = await failure<ConflictError>(recorded.workflows.executions.cancel(workflow.id, finished.id));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message.startsWith('POST /workflows/{workflow_id}/executions/{execution_id}/cancel: 409')).toBe(true);
    expect(exchanges).toHaveLength(1);
  });

  it('middleware.each_attempt: a call retried after timeouts passes the middleware once per attempt, in order', async () => {
    const seen: string[] = [];
    const watch: Middleware = async (request, next) => {
      const attempt = request.headers['cognitionos-retry-count'] ?? 'first';
      try {
        const response = await next(request);
        seen.push(`${attempt}: ${response.status}`);
        return response;
      } catch (error) {
        seen.push(`${attempt}: ${(error as Error).name}`);
        throw error;
      }
    };
    // Every answer of the slow server takes 1.5 s: each attempt times out and is retried.
    const slow = clientFor(adminKey, 'COGNITIONOS_SLOW_BASE_URL', { middleware: [watch], timeout: 300, maxRetries: 2 });
    expect(await failure(slow.tenants.list())).toBeInstanceOf(APITimeoutError);
    expect(seen.map((line) => line.split(':')[0])).toEqual(['first', '1', '2']);
    expect(seen.every((line) => !/: \d+$/.test(line))).toBe(true);
  });

  it('responses.raw: status, X-Request-Id, CognitionOS-Spec-Version and the same parsed object', async () => {
    const tenant = await admin.tenants.create({ name: unique('raw') });
    const { data, response } = await admin.tenants.retrieve(tenant.id).withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('cognitionos-spec-version')).toBe(SPEC_VERSION);
    expect(data).toEqual(await admin.tenants.retrieve(tenant.id));
    expect(JSON.parse(response.body)).toEqual(data);
  });

  describe('with OpenTelemetry set up', () => {
    useTraceContext();

    it('trace.context: the server answers a traceresponse carrying the active span\'s trace id', async () => {
      const span = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1 };
      const { response } = await inSpan(span, () => admin.tenants.list({ limit: 1 }).withResponse());
      expect(response.headers.get('traceresponse')).toMatch(new RegExp(`^00-${span.traceId}-[0-9a-f]{16}-01$`));
    });
  });
});
