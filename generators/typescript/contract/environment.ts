// Where the contract suite runs: the servers test/contract/run.ts started, named by env vars. A
// run without them fails at once (a contract suite that quietly skips proves nothing), and every
// file first checks the server speaks the spec this SDK was generated from.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import { CognitionOSClient, SPEC_VERSION, createFetchTransport, type ClientOptions, type Tenant, type Transport } from '../../src/index.js';
import { createUndiciTransport } from '../../src/undici.js';

const REQUIRED = [
  'COGNITIONOS_BASE_URL',
  'COGNITIONOS_DIRECT_BASE_URL',
  'COGNITIONOS_ADMIN_KEY',
  'COGNITIONOS_LIMITED_BASE_URL',
  'COGNITIONOS_SLOW_BASE_URL',
  'COGNITIONOS_NEWER_BASE_URL',
  'COGNITIONOS_FAULTY_BASE_URL',
  'COGNITIONOS_FAULTFREE_BASE_URL',
  'COGNITIONOS_REPORT_FILE',
] as const;

type Variable = (typeof REQUIRED)[number];

const missing = REQUIRED.filter((name) => !process.env[name]);
if (missing.length) {
  throw new Error(`contract suite needs ${missing.join(', ')}: run it through test/contract/run.ts (npm test), not on its own`);
}

export const env = Object.fromEntries(REQUIRED.map((name) => [name, process.env[name]!])) as Record<Variable, string>;
export const adminKey = env.COGNITIONOS_ADMIN_KEY;

type Server = 'COGNITIONOS_BASE_URL' | 'COGNITIONOS_DIRECT_BASE_URL' | 'COGNITIONOS_LIMITED_BASE_URL' | 'COGNITIONOS_SLOW_BASE_URL' | 'COGNITIONOS_NEWER_BASE_URL' | 'COGNITIONOS_FAULTY_BASE_URL' | 'COGNITIONOS_FAULTFREE_BASE_URL';

// The suite runs once per transport (test/contract/runners.ts): COGNITIONOS_TS_TRANSPORT picks it.
const transportName = process.env.COGNITIONOS_TS_TRANSPORT ?? 'fetch';
const transports: Record<string, () => Transport> = { fetch: () => createFetchTransport(), undici: () => createUndiciTransport() };
if (!transports[transportName]) throw new Error(`COGNITIONOS_TS_TRANSPORT=${transportName}: expected ${Object.keys(transports).join(' or ')}`);
const transport = transports[transportName]();

export function clientFor(apiKey: string, server: Server = 'COGNITIONOS_BASE_URL', options: ClientOptions = {}): CognitionOSClient {
  return new CognitionOSClient({ apiKey, baseURL: env[server], transport, ...options });
}

export const admin = clientFor(adminKey);

/** A name no other test (or earlier run on the same server) uses. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export interface TenantSession {
  tenant: Tenant;
  apiKey: string;
  client: CognitionOSClient;
}

/** A fresh tenant with its own key, on `server` (tenant-scoped resources need a tenant key). */
export async function newTenant(server: Server = 'COGNITIONOS_BASE_URL', options: ClientOptions = {}): Promise<TenantSession> {
  const tenantAdmin = clientFor(adminKey, server);
  const tenant = await tenantAdmin.tenants.create({ name: unique('contract') });
  const key = await tenantAdmin.tenants.apiKeys.create(tenant.id, { name: 'contract' });
  return { tenant, apiKey: key.secret, client: clientFor(key.secret, server, options) };
}

/** For a test file: checks the spec version, then makes one tenant its tests share. */
export function useTenant(): () => TenantSession {
  let session: TenantSession | undefined;
  beforeAll(async () => {
    await expectSpecVersion();
    session = await newTenant();
  });
  return () => session!;
}

export async function expectSpecVersion(client: CognitionOSClient = admin): Promise<void> {
  const { response } = await client.health.check().withResponse();
  expect(response.headers.get('cognitionos-spec-version'), 'server spec version vs the SDK').toBe(SPEC_VERSION);
}

export interface Exchange {
  method: string;
  headers: Headers;
  sentAt: number;
  status?: number;
  retryAfter?: string | null;
}

/** The suite's transport, recording what each attempt sent and what came back. */
export function recordingTransport(): { transport: Transport; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const recording: Transport = async (request) => {
    const exchange: Exchange = { method: request.method, headers: new Headers(request.headers), sentAt: Date.now() };
    exchanges.push(exchange);
    const response = await transport(request);
    exchange.status = response.status;
    exchange.retryAfter = response.headers.get('retry-after');
    return response;
  };
  return { transport: recording, exchanges };
}

/** The error a call fails with (the test fails if it succeeds). */
export async function failure<E = unknown>(call: PromiseLike<unknown>): Promise<E> {
  try {
    await call;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail, it succeeded');
}
