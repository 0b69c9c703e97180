// Generated from generators/mcp/contract/requests.test.ts by generators/mcp. Do not edit: change it there.
// What a tool call sends beyond its arguments, seen through a recording pass-through: the empty
// body of a call given no body arguments, the server's veto of a retry, and the trace context of
// the call's `_meta`.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminKey, mcp, newTenant, recorder, unique, type Tools } from './environment.ts';

let admin: Tools;
beforeAll(async () => {
  admin = await mcp(adminKey);
});

const DELAY_STEP = [{ type: 'delay', duration_ms: 1 }];
const withoutUpdatedAt = ({ updated_at: _, ...rest }: Record<string, unknown>) => rest;

describe('requests', () => {
  it('bodies.params_omitted: a tool given only path ids sends {}; executions create starts one, each update answers the object unchanged', async () => {
    const { tenant, apiKey } = await newTenant(admin);
    const workflow = await (await mcp(apiKey)).call('workflows_create', { name: unique('bare'), steps: DELAY_STEP });
    const plugin = await admin.call('tenants_plugins_install', { tenant_id: tenant.id, name: 'crm-sync', version: '1.2.0' });
    const seen = await recorder('COGNITIONOS_BASE_URL');
    try {
      const [tenantTools, adminTools] = [await mcp(apiKey, { baseUrl: seen.baseUrl }), await mcp(adminKey, { baseUrl: seen.baseUrl })];
      expect(await tenantTools.call('workflows_executions_create', { workflow_id: workflow.id })).toMatchObject({ id: expect.stringMatching(/\S/), workflow_id: workflow.id });
      const updates: Array<[Tools, string, string, Record<string, string>]> = [
        [adminTools, 'tenants_update', 'tenants_retrieve', { tenant_id: tenant.id }],
        [tenantTools, 'workflows_update', 'workflows_retrieve', { workflow_id: workflow.id }],
        [adminTools, 'tenants_plugins_update', 'tenants_plugins_retrieve', { tenant_id: tenant.id, plugin_id: plugin.id }],
        [adminTools, 'tenants_subscription_update', 'tenants_subscription_retrieve', { tenant_id: tenant.id }],
      ];
      for (const [tools, update, read, ids] of updates) {
        const before = await tools.call(read, ids);
        expect(withoutUpdatedAt(await tools.call(update, ids)), update).toEqual(withoutUpdatedAt(before));
      }
      const writes = seen.exchanges.filter((e) => e.method !== 'GET');
      expect(writes.map((e) => `${e.method} ${e.requestBody.toString('utf8')}`)).toEqual(['POST {}', 'PATCH {}', 'PATCH {}', 'PATCH {}', 'PATCH {}']);
    } finally {
      await seen.stop();
    }
  });

  it('retries.should_retry_veto: cancelling a finished execution is sent once; the error names POST .../cancel: 409', async () => {
    const { apiKey, tools } = await newTenant(admin);
    const workflow = await tools.call('workflows_create', { name: unique('done'), steps: DELAY_STEP });
    const execution = await tools.call('workflows_executions_create', { workflow_id: workflow.id, wait: true });
    expect(execution.status).toBe('succeeded');
    const seen = await recorder('COGNITIONOS_BASE_URL');
    try {
      const text = await (await mcp(apiKey, { baseUrl: seen.baseUrl })).failure('workflows_executions_cancel', { workflow_id: workflow.id, execution_id: execution.id });
      expect(text).toMatch(/^ConflictError: POST \/workflows\/\{workflow_id\}\/executions\/\{execution_id\}\/cancel: 409 /);
      expect(seen.exchanges.map((e) => [e.status, e.responseHeaders?.['x-should-retry']])).toEqual([[409, 'false']]);
    } finally {
      await seen.stop();
    }
  });

  it("trace.context: _meta.traceparent and tracestate are forwarded; the server's traceresponse carries the same trace id", async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const seen = await recorder('COGNITIONOS_BASE_URL');
    try {
      const tools = await mcp(adminKey, { baseUrl: seen.baseUrl });
      const result = await tools.client.callTool({ name: 'tenants_list', arguments: { limit: 1 }, _meta: { traceparent, tracestate: 'contract=mcp' } });
      expect(result.isError).toBeFalsy();
      expect(seen.exchanges.map((e) => [e.requestHeaders.traceparent, e.requestHeaders.tracestate])).toEqual([[traceparent, 'contract=mcp']]);
      expect(seen.exchanges[0]!.responseHeaders!.traceresponse).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-[0-9a-f]{2}$`));
    } finally {
      await seen.stop();
    }
  });
});
