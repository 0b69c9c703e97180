// Per-key rate limit (IETF draft ratelimit-headers): RateLimit-Policy and RateLimit on answers, a
// 429 problem with an integer Retry-After, and a call after waiting that long succeeds.
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { client, expectProblem, newTenant, useServer, type Client, type Reply } from './support.ts';

const LIMIT = 3;
const WINDOW = 2;
const ctx = useServer({ env: { COGNITIONOS_RATE_LIMIT: `${LIMIT}/${WINDOW}` } });
let tenantApi: Client;
beforeAll(async () => {
  tenantApi = (await newTenant(ctx.admin, ctx.server.baseUrl, 'Limited')).api;
});

const remainingOf = (reply: Reply) => Number(/;r=(\d+)/.exec(reply.headers.get('ratelimit') ?? '')?.[1]);

/** Calls until the key's window is used up; answers the 429. */
async function exhaust(api: Client): Promise<{ allowed: Reply[]; refused: Reply }> {
  const allowed: Reply[] = [];
  for (;;) {
    const reply = await api.get('/workflows');
    if (reply.status === 429) return { allowed, refused: reply };
    allowed.push(reply);
  }
}

describe('rate limit of 3 per 2 s per key', () => {
  it('announces the policy and a falling remainder, then refuses with 429 and an integer Retry-After', async () => {
    const { allowed, refused } = await exhaust(tenantApi);
    expect(allowed.length).toBeGreaterThan(0);
    expect(allowed.length).toBeLessThanOrEqual(LIMIT);
    for (const reply of allowed) {
      expect(reply.status).toBe(200);
      expect(reply.headers.get('ratelimit-policy')).toBe(`"default";q=${LIMIT};w=${WINDOW}`);
      expect(reply.headers.get('ratelimit')).toMatch(/^"default";r=\d+;t=\d+$/);
    }
    const remainders = allowed.map(remainingOf);
    expect(remainders).toEqual([...remainders].sort((x, y) => y - x));
    expect(remainders.at(-1)).toBe(0);

    expectProblem(refused, 429);
    const retryAfter = refused.headers.get('retry-after')!;
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(WINDOW);
    expect(refused.headers.get('ratelimit-policy')).toBe(`"default";q=${LIMIT};w=${WINDOW}`);
    expect(refused.headers.get('ratelimit')).toBe(`"default";r=0;t=${retryAfter}`);

    await sleep(Number(retryAfter) * 1000);
    const after = await tenantApi.get('/workflows');
    expect(after.status).toBe(200);
    expect(remainingOf(after)).toBe(LIMIT - 1);
  });

  it('counts per key: another key is not limited by this one', async () => {
    const other = await newTenant(ctx.admin, ctx.server.baseUrl, 'Unlimited');
    await exhaust(tenantApi);
    expect((await other.api.get('/workflows')).status).toBe(200);
  });

  it('refused calls are not counted: the next window again allows exactly 3, the 4th is the 429', async () => {
    const { refused } = await exhaust(tenantApi);
    for (let i = 0; i < 5; i++) expect((await tenantApi.get('/workflows')).status).toBe(429);
    await sleep(Number(refused.headers.get('retry-after')) * 1000);
    const replies = [];
    for (let i = 0; i <= LIMIT; i++) replies.push(await tenantApi.get('/workflows'));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 429]);
  });

  it('a rejected key gets 401, not a 429, and /health is never limited', async () => {
    const stranger = client(ctx.server.baseUrl, 'cog_unknown_0123456789abcdef');
    for (let i = 0; i <= LIMIT; i++) expect((await stranger.get('/workflows')).status).toBe(401);
    for (let i = 0; i <= LIMIT; i++) expect((await client(ctx.server.baseUrl).get('/health')).status).toBe(200);
  });
});
