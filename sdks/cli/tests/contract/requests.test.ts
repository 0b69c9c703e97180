// Generated from generators/cli/contract/requests.test.ts by generators/cli. Do not edit: change generators/cli/contract/requests.test.ts or the generator.
// What a command sends and shows beyond the object: the empty body of a command given no body
// flags, the server's veto of a retry, the answer's head (--include) and the environment's trace
// context (TRACEPARENT), each seen through a recording pass-through.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cli, env, newTenant, ok, recorder, unique } from './environment.js';

const DELAY_STEP = '[{"type":"delay","duration_ms":1}]';

/** `--include` output: the status line, the headers by lower-case name, and the body after the blank line. */
function splitHead(stdout: string): { statusLine: string; headers: Record<string, string>; body: string } {
  const end = stdout.indexOf('\n\n');
  const [statusLine, ...lines] = stdout.slice(0, end).split('\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]));
  return { statusLine: statusLine!, headers, body: stdout.slice(end + 2) };
}

const withoutUpdatedAt = ({ updated_at: _, ...rest }: Record<string, unknown>) => rest;

describe('requests and answers', () => {
  it('bodies.params_omitted: a command given no body flags sends {}; executions create starts one, each update answers the object unchanged', async () => {
    const { tenant, apiKey: key } = await newTenant();
    const workflow = await ok(['workflows', 'create', '--name', unique('bare'), '--steps', DELAY_STEP], { key });
    const plugin = await ok(['tenants', 'plugins', 'install', tenant.id, '--name', 'crm-sync', '--version', '1.2.0']);
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      const execution = await ok(['workflows', 'executions', 'create', workflow.id], { key, baseUrl: proxy.baseUrl });
      expect(execution).toMatchObject({ id: expect.stringMatching(/\S/), workflow_id: workflow.id });
      const updates: Array<{ update: string[]; read: string[]; key?: string }> = [
        { update: ['tenants', 'update', tenant.id], read: ['tenants', 'retrieve', tenant.id] },
        { update: ['workflows', 'update', workflow.id], read: ['workflows', 'retrieve', workflow.id], key },
        { update: ['tenants', 'plugins', 'update', tenant.id, plugin.id], read: ['tenants', 'plugins', 'retrieve', tenant.id, plugin.id] },
        { update: ['tenants', 'subscription', 'update', tenant.id], read: ['tenants', 'subscription', 'retrieve', tenant.id] },
      ];
      for (const { update, read, key: given } of updates) {
        const before = await ok(read, { key: given });
        const after = await ok(update, { key: given, baseUrl: proxy.baseUrl });
        expect(withoutUpdatedAt(after), update.join(' ')).toEqual(withoutUpdatedAt(before));
      }
      expect(proxy.exchanges.map((e) => `${e.method} ${e.body}`)).toEqual(['POST {}', 'PATCH {}', 'PATCH {}', 'PATCH {}', 'PATCH {}']);
    } finally {
      await proxy.close();
    }
  });

  it('retries.should_retry_veto: cancelling a finished execution is sent once and exits 5 with the POST .../cancel: 409 message', async () => {
    const { apiKey: key } = await newTenant();
    const workflow = await ok(['workflows', 'create', '--name', unique('done'), '--steps', DELAY_STEP], { key });
    const execution = await ok(['workflows', 'executions', 'create', workflow.id, '--wait'], { key });
    expect(execution.status).toBe('succeeded');
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      const run = await cli(['workflows', 'executions', 'cancel', workflow.id, execution.id, '--yes'], { key, baseUrl: proxy.baseUrl });
      expect(run.code).toBe(5);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: POST \/workflows\/\{workflow_id\}\/executions\/\{execution_id\}\/cancel: 409 /);
      expect(proxy.exchanges.map((e) => [e.status, e.responseHeaders?.['x-should-retry']])).toEqual([[409, 'false']]);
    } finally {
      await proxy.close();
    }
  });

  it('responses.raw: --include prints the status line and headers (X-Request-Id, CognitionOS-Spec-Version), then the object the plain command prints', async () => {
    const { tenant } = await newTenant();
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      const plain = await ok(['tenants', 'retrieve', tenant.id]);
      const run = await cli(['tenants', 'retrieve', tenant.id, '--include'], { baseUrl: proxy.baseUrl });
      expect(run.code, run.stderr).toBe(0);
      const { statusLine, headers, body } = splitHead(run.stdout);
      const answered = proxy.exchanges[0]!.responseHeaders!;
      expect(statusLine).toBe('HTTP/1.1 200 OK');
      expect(headers['x-request-id']).toBe(answered['x-request-id']);
      expect(headers['cognitionos-spec-version']).toBe(answered['cognitionos-spec-version']);
      expect(headers['cognitionos-spec-version']).toMatch(/\S/);
      expect(JSON.parse(body)).toEqual(plain);
    } finally {
      await proxy.close();
    }
  });

  it("trace.context: TRACEPARENT and TRACESTATE are sent; --include shows the server's traceresponse with the same trace id", async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const proxy = await recorder(env.COGNITIONOS_BASE_URL);
    try {
      const run = await cli(['tenants', 'list', '--limit', '1', '--include'], { baseUrl: proxy.baseUrl, env: { TRACEPARENT: traceparent, TRACESTATE: 'contract=cli' } });
      expect(run.code, run.stderr).toBe(0);
      expect(proxy.exchanges.map((e) => [e.headers.traceparent, e.headers.tracestate])).toEqual([[traceparent, 'contract=cli']]);
      expect(splitHead(run.stdout).headers.traceresponse).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-[0-9a-f]{2}$`));
    } finally {
      await proxy.close();
    }
  });
});
