// Cursor paging over more than 100 items: every item exactly once, in creation order, at any page size.
import { beforeAll, describe, expect, it } from 'vitest';
import { newTenant, useServer, type Client } from './support.ts';

const COUNT = 137;
const ctx = useServer();

/** Follows next_cursor from the first page to the last; checks each page's own invariants on the way. */
async function walk(api: Client, path: string, limit: number, from: string | null = null): Promise<string[]> {
  const ids: string[] = [];
  let cursor = from;
  for (;;) {
    const separator = path.includes('?') ? '&' : '?';
    const reply = await api.get(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(reply.status).toBe(200);
    const { data, has_more, next_cursor } = reply.body;
    expect(data.length).toBeLessThanOrEqual(limit);
    ids.push(...data.map((item: { id: string }) => item.id));
    if (!has_more) {
      expect(next_cursor).toBeNull();
      return ids;
    }
    expect(data).toHaveLength(limit);
    expect(next_cursor).toBe(data[data.length - 1].id);
    cursor = next_cursor;
  }
}

const sources: [string, () => Promise<{ api: Client; path: string; created: string[] }>][] = [
  ['tenants (admin)', async () => {
    const created = [];
    for (let i = 0; i < COUNT; i++) created.push((await ctx.admin.post('/tenants', { name: `Page ${i}` })).body.id);
    return { api: ctx.admin, path: '/tenants', created };
  }],
  ['memories (tenant key)', async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Pager');
    const created = [];
    for (let i = 0; i < COUNT; i++) created.push((await api.post('/memories', { scope: 'private', content: `memory ${i}`, tags: i % 2 ? ['odd'] : [] })).body.id);
    return { api, path: '/memories', created };
  }],
];

describe.each(sources)('%s', (_name, seed) => {
  let source: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    source = await seed();
  }, 60_000);

  it.each([100, 7, 1])('limit %i walks every item once, in creation order', async (limit) => {
    const ids = await walk(source.api, source.path, limit);
    expect(ids).toEqual(source.created);
  });

  it('a cursor is stable: the same cursor gives the same page', async () => {
    const first = (await source.api.get(`${source.path}?limit=10`)).body;
    const again = (await source.api.get(`${source.path}?limit=10&cursor=${first.next_cursor}`)).body;
    const twice = (await source.api.get(`${source.path}?limit=10&cursor=${first.next_cursor}`)).body;
    expect(again).toEqual(twice);
    expect(again.data[0].id).toBe(source.created[10]);
  });

  it('items created while paging appear after the ones already seen, none skipped', async () => {
    const firstPage = (await source.api.get(`${source.path}?limit=50`)).body;
    const extra = source.path === '/tenants'
      ? (await source.api.post('/tenants', { name: 'Late' })).body.id
      : (await source.api.post('/memories', { scope: 'private', content: 'late' })).body.id;
    source.created.push(extra);
    const rest = await walk(source.api, source.path, 50, firstPage.next_cursor);
    expect([...firstPage.data.map((item: { id: string }) => item.id), ...rest]).toEqual(source.created);
  });

  it('the last item’s id as cursor gives an empty last page', async () => {
    const reply = await source.api.get(`${source.path}?cursor=${source.created.at(-1)}`);
    expect(reply.body).toEqual({ data: [], has_more: false, next_cursor: null });
  });
});

describe('paging with a filter', () => {
  it('walks only the matching items, in order', async () => {
    const { api } = await newTenant(ctx.admin, ctx.server.baseUrl, 'Filtered');
    const odd = [];
    for (let i = 0; i < 30; i++) {
      const id = (await api.post('/memories', { scope: 'private', content: `m ${i}`, tags: i % 2 ? ['odd'] : [] })).body.id;
      if (i % 2) odd.push(id);
    }
    expect(await walk(api, '/memories?tag=odd', 4)).toEqual(odd);
  });
});
