// Memories: create, filterable list, retrieve (an access), delete, and BM25 search with scores.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, newTenant, useServer, type Client } from './support.ts';

const ctx = useServer();
let api: Client;
beforeAll(async () => {
  api = (await newTenant(ctx.admin, ctx.server.baseUrl, 'Memorious')).api;
});
const freshTenant = async () => (await newTenant(ctx.admin, ctx.server.baseUrl, 'Fresh')).api;

/** A fresh tenant holding one memory per named body, created in order; answers the tenant and the ids by name. */
async function seedMemories(bodies: Record<string, Record<string, unknown>>) {
  const tenant = await freshTenant();
  const ids: Record<string, string> = {};
  for (const [name, body] of Object.entries(bodies)) ids[name] = (await tenant.post('/memories', body)).body.id;
  return { tenant, ids };
}

describe('memories.create', () => {
  it('answers 201 with defaults, a hot tier, no accesses yet, and a Location', async () => {
    const reply = await api.post('/memories', { scope: 'private', content: 'The customer prefers Mondays.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: expect.stringMatching(/^mem_/), scope: 'private', agent_id: null, content: 'The customer prefers Mondays.', tags: [], metadata: {},
      tier: 'hot', access_count: 0, created_at: expect.any(String), last_accessed_at: reply.body.created_at,
    });
    expect(reply.headers.get('location')).toBe(`/api/v3/memories/${reply.body.id}`);
  });

  it('keeps agent, tags and metadata', async () => {
    const body = { scope: 'shared', agent_id: 'agent-7', content: 'x', tags: ['preferences', 'crm:acme'], metadata: { source: 'chat' } };
    expect((await api.post('/memories', body)).body).toMatchObject(body);
  });

  it.each([
    ['no scope', { scope: undefined }, 'body.scope'],
    ['an unknown scope', { scope: 'team' }, 'body.scope'],
    ['no content', { content: undefined }, 'body.content'],
    ['empty content', { content: '' }, 'body.content'],
    ['content over 20000 characters', { content: 'c'.repeat(20001) }, 'body.content'],
    ['an agent id with spaces', { agent_id: 'agent 7' }, 'body.agent_id'],
    ['a tag with spaces', { tags: ['two words'] }, 'body.tags.0'],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'body.tags'],
    ['tags as a string', { tags: 'a,b' }, 'body.tags'],
    ['a non-string metadata value', { metadata: { n: 1 } }, 'body.metadata.n'],
    ['tier, which is derived', { tier: 'cold' }, 'body.tier'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await api.post('/memories', { scope: 'private', content: 'x', ...body }), 400, path);
  });

  it('is 403 with an admin key', async () => {
    expectProblem(await ctx.admin.post('/memories', { scope: 'private', content: 'x' }), 403);
  });
});

describe('memories.retrieve', () => {
  it('returns the memory and counts each read as an access', async () => {
    const memory = (await api.post('/memories', { scope: 'private', content: 'read me' })).body;
    const first = await api.get(`/memories/${memory.id}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: memory.id, content: 'read me', access_count: 1, tier: 'hot' });
    expect(first.body.last_accessed_at >= memory.last_accessed_at).toBe(true);
    expect((await api.get(`/memories/${memory.id}`)).body.access_count).toBe(2);
  });

  it('is 404 for an unknown id and 403 with an admin key', async () => {
    expectProblem(await api.get('/memories/mem_doesnotexist'), 404);
    const memory = (await api.post('/memories', { scope: 'private', content: 'x' })).body;
    expectProblem(await ctx.admin.get(`/memories/${memory.id}`), 403);
  });
});

describe('memories.list', () => {
  let tenant: Client;
  let ids: Record<string, string>;
  beforeAll(async () => {
    ({ tenant, ids } = await seedMemories({
      a: { scope: 'private', agent_id: 'agent-1', content: 'a', tags: ['red'] },
      b: { scope: 'shared', agent_id: 'agent-1', content: 'b', tags: ['red', 'blue'] },
      c: { scope: 'shared', agent_id: 'agent-2', content: 'c', tags: ['blue'] },
      d: { scope: 'global', content: 'd' },
    }));
  });

  it.each([
    ['no filter', '', ['a', 'b', 'c', 'd']],
    ['scope', '?scope=shared', ['b', 'c']],
    ['agent', '?agent_id=agent-1', ['a', 'b']],
    ['tag', '?tag=blue', ['b', 'c']],
    ['scope, agent and tag together', '?scope=shared&agent_id=agent-1&tag=blue', ['b']],
    ['a tag nobody has', '?tag=green', []],
  ])('filters by %s, oldest first', async (_case, query, expected) => {
    const reply = await tenant.get(`/memories${query}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((memory: { id: string }) => memory.id)).toEqual(expected.map((name) => ids[name]));
    expect(reply.body).toMatchObject({ has_more: false, next_cursor: null });
  });

  it('pages within a filter', async () => {
    const first = (await tenant.get('/memories?tag=red&limit=1')).body;
    expect(first).toMatchObject({ data: [{ id: ids.a }], has_more: true, next_cursor: ids.a });
    const second = (await tenant.get(`/memories?tag=red&limit=1&cursor=${first.next_cursor}`)).body;
    expect(second).toMatchObject({ data: [{ id: ids.b }], has_more: false, next_cursor: null });
  });

  it.each([
    ['an unknown scope', '?scope=team', 'query.scope'],
    ['a bad agent id', '?agent_id=a%20b', 'query.agent_id'],
    ['a bad tag', '?tag=a%20b', 'query.tag'],
    ['an unknown filter', '?content=a', 'query.content'],
  ])('%s is 400 naming %s', async (_case, query, path) => {
    expectProblem(await tenant.get(`/memories${query}`), 400, path);
  });
});

describe('memories.delete', () => {
  it('answers 204; the memory is then 404 and no longer found by search', async () => {
    const memory = (await api.post('/memories', { scope: 'private', content: 'xylophonist quartet' })).body;
    expect((await api.post('/memories/search', { query: 'xylophonist' })).body.data).toHaveLength(1);
    const reply = await api.delete(`/memories/${memory.id}`);
    expect(reply.status).toBe(204);
    expectProblem(await api.get(`/memories/${memory.id}`), 404);
    expectProblem(await api.delete(`/memories/${memory.id}`), 404);
    expect((await api.post('/memories/search', { query: 'xylophonist' })).body.data).toEqual([]);
  });

  it('is 404 for an unknown id', async () => {
    expectProblem(await api.delete('/memories/mem_doesnotexist'), 404);
  });
});

describe('memories.search', () => {
  let tenant: Client;
  let ids: Record<string, string>;
  beforeAll(async () => {
    ({ tenant, ids } = await seedMemories({
      both: { scope: 'private', agent_id: 'agent-1', content: 'apple banana cherry' },
      one: { scope: 'shared', agent_id: 'agent-2', content: 'apple durian elderberry' },
      tagged: { scope: 'shared', content: 'nothing fruity', tags: ['banana'] },
      none: { scope: 'global', content: 'fig grape' },
    }));
  });
  const search = (body: Record<string, unknown>) => tenant.post('/memories/search', body);
  const idsOf = (reply: { body: { data: { memory: { id: string } }[] } }) => reply.body.data.map((hit) => hit.memory.id);

  it('answers 200 (not 201) with hits ranked best first, each with a positive score', async () => {
    const reply = await search({ query: 'apple banana' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('location')).toBeNull();
    expect(idsOf(reply)[0]).toBe(ids.both);
    expect(new Set(idsOf(reply))).toEqual(new Set([ids.both, ids.one, ids.tagged]));
    const scores = reply.body.data.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeGreaterThan(0);
  });

  it('returns whole memories and counts each hit as an access', async () => {
    const before = (await tenant.get(`/memories?limit=100`)).body.data.find((memory: { id: string }) => memory.id === ids.none);
    const hit = (await search({ query: 'grape' })).body.data[0];
    expect(hit.memory).toMatchObject({ id: ids.none, content: 'fig grape', scope: 'global', access_count: before.access_count + 1 });
  });

  it('limits to top_k', async () => {
    expect(idsOf(await search({ query: 'apple banana', top_k: 1 }))).toEqual([ids.both]);
  });

  it.each([
    ['scope', { scope: 'shared' }, ['one', 'tagged']],
    ['agent', { agent_id: 'agent-2' }, ['one']],
  ])('filters by %s', async (_case, filter, expected) => {
    expect(new Set(idsOf(await search({ query: 'apple banana', ...filter })))).toEqual(new Set(expected.map((name) => ids[name])));
  });

  it.each([
    ['no word matches', 'kiwi'],
    ['the query is only punctuation', '?!*'],
    ['FTS syntax is treated as text', 'NEAR(apple OR'],
  ])('answers an empty or matching list, never an error, when %s', async (_case, query) => {
    const reply = await search({ query });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: expect.any(Array) });
  });

  it('finds nothing for a word no memory has', async () => {
    expect((await search({ query: 'kiwi' })).body.data).toEqual([]);
  });

  it('scores by BM25 over the tenant’s own memories: the rarer term weighs more, the shorter text ranks first', async () => {
    const { tenant: own, ids: seeded } = await seedMemories({
      short: { scope: 'private', content: 'quince' },
      long: { scope: 'private', content: 'quince with many other words around it here' },
      common: { scope: 'private', content: 'plum' },
      common2: { scope: 'private', content: 'plum' },
      common3: { scope: 'private', content: 'plum' },
    });
    const hits = (await own.post('/memories/search', { query: 'quince plum' })).body.data as { memory: { id: string }; score: number }[];
    expect(hits[0].memory.id).toBe(seeded.short);
    const scoreOf = (name: string) => hits.find((hit) => hit.memory.id === seeded[name])!.score;
    expect(scoreOf('short')).toBeGreaterThan(scoreOf('long'));
    expect(scoreOf('short')).toBeGreaterThan(scoreOf('common'));
  });

  it('scores do not move when another tenant writes: no side channel on its data', async () => {
    const { tenant: watcher } = await seedMemories({ x: { scope: 'private', content: 'mango papaya' }, y: { scope: 'shared', content: 'mango lime lime' } });
    const scores = async () => (await watcher.post('/memories/search', { query: 'mango lime' })).body.data.map((hit: { score: number }) => hit.score);
    const before = await scores();
    const other = await freshTenant();
    for (const content of ['mango', 'mango mango', 'lime', 'papaya mango lime and many more words']) {
      for (const scope of ['private', 'shared', 'global']) expect((await other.post('/memories', { scope, content })).status).toBe(201);
    }
    expect(await scores()).toEqual(before);
  });

  it('does not see another tenant’s memories', async () => {
    expect((await api.post('/memories/search', { query: 'apple' })).body.data).toEqual([]);
  });

  it.each([
    ['no query', {}, 'body.query'],
    ['an empty query', { query: '' }, 'body.query'],
    ['top_k 0', { query: 'a', top_k: 0 }, 'body.top_k'],
    ['top_k 51', { query: 'a', top_k: 51 }, 'body.top_k'],
    ['an unknown scope', { query: 'a', scope: 'team' }, 'body.scope'],
    ['an unknown field', { query: 'a', tags: ['x'] }, 'body.tags'],
  ])('%s is 400 naming %s', async (_case, body, path) => {
    expectProblem(await search(body), 400, path);
  });

  it('is 403 with an admin key', async () => {
    expectProblem(await ctx.admin.post('/memories/search', { query: 'apple' }), 403);
  });
});
