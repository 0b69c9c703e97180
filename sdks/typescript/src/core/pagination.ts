// Generated from generators/typescript/runtime/core/pagination.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/pagination.ts or the generator.
// Cursor pagination: `{ data, has_more, next_cursor }` pages. `list()` returns a PagePromise,
// which is awaited for one page or walked with `for await` over every item of every page.
import { APIPromise } from './api-promise.js';

export interface PageBody<Item> {
  data: Item[];
  has_more: boolean;
  next_cursor: string | null;
}

/** Fetches the page that starts at `cursor` (undefined: the first page). */
export type PageFetcher<Item> = (cursor: string | undefined) => PagePromise<Item>;

export class Page<Item> implements PageBody<Item>, AsyncIterable<Item> {
  data: Item[];
  has_more: boolean;
  next_cursor: string | null;

  constructor(
    body: PageBody<Item>,
    private readonly fetchPage: PageFetcher<Item>,
  ) {
    // Every member of the body stays reachable, including ones this SDK does not know yet.
    Object.assign(this, body);
    this.data = body.data ?? [];
    this.has_more = body.has_more;
    this.next_cursor = body.next_cursor;
  }

  hasNextPage(): boolean {
    return this.has_more && this.next_cursor != null;
  }

  getNextPage(): PagePromise<Item> {
    if (!this.hasNextPage()) throw new Error('No next page; check hasNextPage() first.');
    return this.fetchPage(this.next_cursor!);
  }

  async *iterPages(): AsyncGenerator<Page<Item>> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this;
  }
}
