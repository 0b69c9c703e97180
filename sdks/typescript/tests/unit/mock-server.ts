// Generated from generators/typescript/tests/unit/mock-server.ts by generators/typescript. Do not edit: change generators/typescript/tests/unit/mock-server.ts or the generator.
// A stand-in API for unit tests: msw intercepts fetch, so the SDK runs unchanged; every request
// the SDK sent is recorded with the (possibly faked) time it was sent at.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CognitionOSClient, type ClientOptions } from '../../src/index.js';
import { traceHeaders } from '../../src/internal/trace.js';

export const BASE_URL = 'http://api.test/api/v3';
export const API_KEY = 'cog_test_0123456789abcdef';

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  at: number;
}

export const server = setupServer();
export const seen: SeenRequest[] = [];

server.events.on('request:start', async ({ request }) => {
  seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: await request.clone().text(), at: Date.now() });
});

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The client looks for @opentelemetry/api once, on its first call, by a dynamic import that
  // takes real time: done here, so a test on fake timers does not start its clock before it.
  await traceHeaders();
});
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

export function newClient(options: ClientOptions = {}): CognitionOSClient {
  return new CognitionOSClient({ apiKey: API_KEY, baseURL: BASE_URL, ...options });
}

export function problem(status: number, title: string, detail: string, requestId = `req_${status}`) {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, request_id: requestId }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId },
  });
}

/** Handler answers in order: the i-th request gets answers[i] (the last one repeats). */
export function answersInTurn(answers: Array<() => Response>): () => Response {
  let calls = 0;
  return () => answers[Math.min(calls++, answers.length - 1)]!();
}

export const tenant = { id: 'ten_1', name: 'Acme', slug: 'acme', status: 'active', metadata: {}, created_at: '2026-11-23T09:00:00.000Z', updated_at: '2026-11-23T09:00:00.000Z' };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'x-request-id': 'req_ok' } });
}
