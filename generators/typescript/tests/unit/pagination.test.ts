// Cursor pagination: an awaited list is one page, `for await` walks every item of every page.
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BASE_URL, json, newClient, seen, server } from './mock-server.js';

const ids = ['ten_1', 'ten_2', 'ten_3', 'ten_4', 'ten_5'];

// Pages of `limit` over `ids`, with the cursor being the last id of the previous page.
function listHandler() {
  return http.get(`${BASE_URL}/tenants`, ({ request }) => {
    const url = new URL(request.url);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const cursor = url.searchParams.get('cursor');
    const start = cursor ? ids.indexOf(cursor) + 1 : 0;
    const data = ids.slice(start, start + limit).map((id) => ({ id, name: id }));
    const has_more = start + limit < ids.length;
    return json({ data, has_more, next_cursor: has_more ? data.at(-1)!.id : null });
  });
}

describe('pagination', () => {
  it('awaits to the first page', async () => {
    server.use(listHandler());
    const page = await newClient().tenants.list({ limit: 2 });
    expect(page.data.map((t) => t.id)).toEqual(['ten_1', 'ten_2']);
    expect(page.has_more).toBe(true);
    expect(page.next_cursor).toBe('ten_2');
    expect(page.hasNextPage()).toBe(true);
  });

  it('walks every item of every page with for await, keeping the query', async () => {
    server.use(listHandler());
    const walked: string[] = [];
    for await (const tenant of newClient().tenants.list({ limit: 2 })) walked.push(tenant.id);
    expect(walked).toEqual(ids);
    expect(seen.map((r) => r.url.search)).toEqual(['?limit=2', '?limit=2&cursor=ten_2', '?limit=2&cursor=ten_4']);
  });

  it('fetches pages one by one', async () => {
    server.use(listHandler());
    const first = await newClient().tenants.list({ limit: 3 });
    const second = await first.getNextPage();
    expect(second.data.map((t) => t.id)).toEqual(['ten_4', 'ten_5']);
    expect(second.hasNextPage()).toBe(false);
    const pages: number[] = [];
    for await (const page of first.iterPages()) pages.push(page.data.length);
    expect(pages).toEqual([3, 2]);
  });

  it('walks items from an awaited page too', async () => {
    server.use(listHandler());
    const page = await newClient().tenants.list({ limit: 4 });
    const walked: string[] = [];
    for await (const tenant of page) walked.push(tenant.id);
    expect(walked).toEqual(ids);
  });
});
