// The pass-through must be invisible to an SDK: an answer is relayed as it is, a dropped
// connection stays a dropped connection (never a 502), and a client that gives up is recorded.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPassThrough, type Exchange, type PassThrough } from './pass-through.ts';

const upstream = http.createServer((req, res) => {
  if (req.url === '/drop') return void req.socket.destroy();
  const answer = () => {
    res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1' });
    res.end(JSON.stringify({ path: req.url, retry: req.headers['cognitionos-retry-count'] ?? null }));
  };
  if (req.url === '/slow') setTimeout(answer, 300);
  else req.resume().on('end', answer);
});
const seen: Exchange[] = [];
let proxy: PassThrough;

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startPassThrough(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, (exchange) => seen.push(exchange));
});
afterAll(async () => {
  await proxy.stop();
  upstream.close();
});

describe('pass-through', () => {
  it('relays status, headers and body, and records the request', async () => {
    const response = await fetch(`${proxy.origin}/memories`, { method: 'POST', headers: { 'cognitionos-retry-count': '2' }, body: '{"content":"m1"}' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ path: '/memories', retry: '2' });
    const exchange = seen.find((e) => e.path === '/memories')!;
    expect(exchange).toMatchObject({ method: 'POST', outcome: 'answered', status: 201 });
    expect(exchange.requestBody.toString()).toBe('{"content":"m1"}');
  });

  it('relays a dropped upstream connection as a dropped connection', async () => {
    await expect(fetch(`${proxy.origin}/drop`)).rejects.toThrow(TypeError);
    expect(seen.find((e) => e.path === '/drop')?.outcome).toBe('dropped');
  });

  it('records a client that stops waiting as abandoned', async () => {
    await expect(fetch(`${proxy.origin}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.find((e) => e.path === '/slow')?.outcome).toBe('abandoned');
  });
});
