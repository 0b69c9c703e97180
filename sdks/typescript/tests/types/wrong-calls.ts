// Generated from generators/typescript/tests/types/wrong-calls.ts by generators/typescript. Do not edit: change generators/typescript/tests/types/wrong-calls.ts or the generator.
// Calls that must NOT compile: each line under @ts-expect-error fails `tsc --strict --noEmit`
// if it ever starts compiling (a required field made optional, an enum widened, ...).
import { CognitionOSClient, type TenantStatus } from '../../src/index.js';

export async function wrongCalls(client: CognitionOSClient): Promise<void> {
  // @ts-expect-error name is required
  await client.tenants.create({});
  // @ts-expect-error the params object is required
  await client.tenants.create();
  // @ts-expect-error unknown field in a request
  await client.tenants.create({ name: 'Acme', colour: 'red' });
  // @ts-expect-error status is an enum a caller sends: a typo must not compile
  await client.tenants.update('ten_1', { status: 'paused' });
  // @ts-expect-error the path parameter is required
  await client.tenants.apiKeys.create({ name: 'ci' });
  // @ts-expect-error an unknown step type
  await client.workflows.create({ name: 'w', steps: [{ type: 'webhook', url: 'https://x' }] });
  // @ts-expect-error a delay step needs duration_ms
  await client.workflows.create({ name: 'w', steps: [{ type: 'delay' }] });
  // @ts-expect-error limit is a number
  await client.tenants.list({ limit: '50' });
  // @ts-expect-error memory scope is an enum
  await client.memories.create({ scope: 'everyone', content: 'x' });
  // @ts-expect-error unknown per-request option
  await client.tenants.retrieve('ten_1', { retries: 3 });
  // @ts-expect-error no such resource
  await client.tenant.list();
  // @ts-expect-error no such client option
  new CognitionOSClient({ apiKeys: 'cog_...' });
  // @ts-expect-error a tenant status read from the server is the closed request enum here
  const status: TenantStatus = 'archived';
  console.log(status);
}
