// A tool call is one TypeScript SDK call: path parameters positionally, the other arguments as the
// params object, the call's trace headers as request options. Retries, idempotency keys, paging and
// error classes are the SDK's own.
import type { CognitionOSClient } from '@cognitionos/sdk';
import type { ToolSpec } from './tool-spec.js';

type SdkMethod = (...args: unknown[]) => Promise<unknown>;

export async function invoke(client: CognitionOSClient, tool: ToolSpec, args: Record<string, unknown>, headers: Record<string, string> = {}): Promise<unknown> {
  const { wait, idempotency_key: idempotencyKey, ...rest } = args;
  const ids = tool.call.pathParams.map((name) => {
    const value = rest[name];
    delete rest[name];
    if (typeof value !== 'string') throw new TypeError(`${name}: a string id is required`);
    return value;
  });
  const target = tool.call.client.reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, client as unknown as Record<string, unknown>);
  const name = wait === true && tool.call.poll ? tool.call.poll : tool.call.method;
  const method = target[name] as SdkMethod;
  const params = tool.call.params === 'none' ? [] : [rest];
  const options = { headers, ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}) };
  return method.call(target, ...ids, ...params, options);
}
