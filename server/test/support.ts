// Test helpers: a live server per test file and a tiny JSON client that returns status, headers and body.
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../test/support/server.ts';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export function client(baseUrl: string, key?: string) {
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => call<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>('POST', path, body ?? {}, headers),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
    call,
  };
}
export type Client = ReturnType<typeof client>;

/** Starts one server for the test file; `admin` is a client with the admin key. */
export function useServer(options: ServerOptions = {}) {
  const state = {} as { server: RunningServer; admin: Client };
  beforeAll(async () => {
    state.server = await startServer(options);
    state.admin = client(state.server.baseUrl, state.server.adminKey);
  });
  afterAll(() => state.server?.stop());
  return state;
}

/** A fresh tenant with its own key and a client using that key. */
export async function newTenant(admin: Client, baseUrl: string, name = 'Acme') {
  const tenant = (await admin.post('/tenants', { name })).body;
  const key = (await admin.post(`/tenants/${tenant.id}/api_keys`, { name: 'test' })).body;
  return { tenant, key, api: client(baseUrl, key.secret) };
}

/**
 * Asserts an RFC 9457 answer: the status, the problem media type, the request id echoed from the
 * X-Request-Id header, and (when given) each field path that `errors` must name.
 */
export function expectProblem(reply: Reply, status: number, ...paths: string[]) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(reply.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String), request_id: reply.headers.get('x-request-id') });
  const named = (reply.body.errors ?? []).map((error: { path: string }) => error.path);
  for (const path of paths) expect(named).toContain(path);
}

/** Reads until `done` holds; no deadline of its own, the test's timeout bounds the wait. */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls an execution until its status is one of `statuses` (by default: any final status). */
export async function waitForExecution(api: Client, workflowId: string, executionId: string, statuses = ['succeeded', 'failed', 'canceled']) {
  const reply = await waitUntil(
    () => api.get(`/workflows/${workflowId}/executions/${executionId}`),
    (r) => statuses.includes(r.body?.status),
  );
  return reply.body;
}
