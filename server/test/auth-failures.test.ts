// Failed authentication (issue 26): a revoked key is answered exactly as an unknown one (an answer never
// tells that a key existed), and an address that fails too often is answered 429 with Retry-After, for
// any key it sends, until its window has passed.
import { expect, it } from 'vitest';
import { startServer } from '../../test/support/server.ts';
import { client, expectProblem, newTenant, useServer } from './support.ts';

// The default limit (30 failures per 60 s per address): no COGNITIONOS_AUTH_FAILURE_LIMIT is set.
const ctx = useServer();
const DEFAULT_LIMIT = 30;

/** What a 401 says, without its request id (which differs on every answer). */
const said = ({ request_id: _id, ...problem }: Record<string, unknown>) => problem;

it('answers a revoked key and an unknown key alike, then 429 with Retry-After once the address failed too often', async () => {
  const { tenant, key, api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Revoking');
  expect((await api.get('/memories')).status).toBe(200);
  expect((await ctx.admin.delete(`/tenants/${tenant.id}/api_keys/${key.id}`)).status).toBe(200);
  const revoked = await api.get('/memories');
  const unknown = await client(ctx.server.baseUrl, `cog_${'x'.repeat(40)}`).get('/memories');
  expectProblem(revoked, 401, 'header.authorization');
  expectProblem(unknown, 401, 'header.authorization');
  expect(said(revoked.body)).toEqual(said(unknown.body));

  // Two failures so far; the rest of the limit, then refusals without the key even being read.
  const stranger = client(ctx.server.baseUrl, 'cog_guessing_key_00000000');
  const statuses: number[] = [];
  for (let i = 0; i < DEFAULT_LIMIT; i++) statuses.push((await stranger.get('/memories')).status);
  expect(statuses).toEqual([...Array(DEFAULT_LIMIT - 2).fill(401), 429, 429]);
  const refused = await stranger.get('/memories');
  expectProblem(refused, 429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  // A valid key from the same address waits too: otherwise a valid guess would stand out from the 429s.
  expectProblem(await ctx.admin.get('/tenants'), 429);
  // /health asks for no key.
  expect((await client(ctx.server.baseUrl).get('/health')).status).toBe(200);
});

it('counts per address window: after the window, the address is served again', async () => {
  const server = await startServer({ env: { COGNITIONOS_AUTH_FAILURE_LIMIT: '2/1' } });
  try {
    const stranger = client(server.baseUrl, 'cog_guessing_key_00000000');
    expect([(await stranger.get('/tenants')).status, (await stranger.get('/tenants')).status, (await stranger.get('/tenants')).status]).toEqual([401, 401, 429]);
    const admin = client(server.baseUrl, server.adminKey);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await admin.get('/tenants')).status).toBe(200);
  } finally {
    await server.stop();
  }
}, 30_000);
