// Usage examples, type-checked under `tsc --strict --noEmit` (never run): what the README shows
// must compile exactly as written.
import { createUndiciTransport } from '../../src/undici.js';
import CognitionOSClientDefault, {
  CognitionOSClient,
  NotFoundError,
  createFetchTransport,
  type Execution,
  type ExecutionStatus,
  type HealthStatus,
  type HealthStore,
  type Page,
  type Tenant,
  type TenantCreateParams,
  type TenantListParams,
  type WorkflowStep,
} from '../../src/index.js';

export async function quickStart(): Promise<Tenant> {
  const client = new CognitionOSClient({ apiKey: 'cog_...' });
  const tenant = await client.tenants.create({ name: 'Acme' });
  for await (const t of client.tenants.list({ limit: 50 })) console.log(t.id, t.name, t.status);
  return tenant;
}

export async function everyOption(): Promise<void> {
  const client = new CognitionOSClientDefault({
    apiKey: 'cog_...',
    baseURL: 'http://localhost:8100/api/v3',
    maxRetries: 2,
    timeout: 60_000,
    transport: createFetchTransport((url, init) => globalThis.fetch(url, init)),
    defaultHeaders: { 'X-Team': 'core' },
  });
  const controller = new AbortController();
  const params: TenantCreateParams = { name: 'Acme', slug: 'acme', metadata: { region: 'eu' } };
  await client.tenants.create(params, { maxRetries: 0, timeout: 5_000, headers: { 'X-Trace': '1' }, signal: controller.signal, idempotencyKey: 'order-42' });
  const { data, response } = await client.tenants.retrieve('ten_1').withResponse();
  const tenant: Tenant = data;
  console.log(tenant.metadata.region, response.headers.get('x-request-id'));
  await client.tenants.update('ten_1', { status: 'suspended' });
  await client.tenants.delete('ten_1');
}

// Node's fastest path: undici.request on a keep-alive pool of 64 sockets.
export function onUndici(): CognitionOSClient {
  return new CognitionOSClient({ transport: createUndiciTransport({ connections: 64 }) });
}

export async function nestedResources(tenantId: string, workflowId: string): Promise<Execution> {
  const client = new CognitionOSClient();
  const key = await client.tenants.apiKeys.create(tenantId, { name: 'ci' });
  console.log(key.secret);
  await client.tenants.subscription.update(tenantId, { plan: 'enterprise', seats: 10 });
  await client.tenants.plugins.install(tenantId, { name: 'crm-sync', version: '1.0.0', permissions: ['memory:read'] });
  const steps: WorkflowStep[] = [
    { type: 'delay', duration_ms: 10 },
    { type: 'memory_write', scope: 'private', content: 'Hello {{input.name}}' },
    { type: 'usage_record', metric: 'tokens', quantity: 3 },
  ];
  await client.workflows.create({ name: 'onboard', steps });
  await client.workflows.executions.create(workflowId);
  const done = await client.workflows.executions.createAndPoll(workflowId, { input: { name: 'Ada' } }, { pollIntervalMs: 250 });
  const status: ExecutionStatus = done.status;
  console.log(status === 'succeeded' ? done.output : done.error);
  return done;
}

export async function pagesAndErrors(client: CognitionOSClient): Promise<void> {
  const query: TenantListParams = { limit: 2 };
  const page: Page<Tenant> = await client.tenants.list(query);
  if (page.hasNextPage()) await page.getNextPage();
  const hits = await client.memories.search({ query: 'weekly summary', top_k: 3 });
  console.log(hits.data.map((hit) => hit.score));
  await client.usage.record({ metric: 'tokens', quantity: 12 });
  await client.usage.summary({ granularity: 'day', metric: 'api_calls' });
  try {
    await client.tenants.retrieve('ten_missing');
  } catch (error) {
    if (error instanceof NotFoundError) console.log(error.status, error.requestId, error.problem?.detail);
  }
}

export async function newerServer(client: CognitionOSClient): Promise<void> {
  const execution = await client.workflows.executions.retrieve('wf_1', 'exec_1');
  // Server-only enums are open: a value this SDK does not know yet is still a valid ExecutionStatus.
  const future: ExecutionStatus = 'paused_by_newer_server';
  console.log(execution.status === future);
  // Health's inline enums are named types too, open like every enum only a server sends.
  const health = await client.health.check();
  const store: HealthStore = health.store;
  const maintenance: HealthStatus = 'maintenance';
  console.log(store, health.status === maintenance);
}
