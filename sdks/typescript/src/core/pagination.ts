// Generated from generators/typescript/runtime/core/pagination.ts by generators/typescript. Do not edit: change generators/typescript/runtime/core/pagination.ts or the generator.
// Cursor pagination: `{ data, has_more, next_cursor }` pages. `list()` returns a PagePromise,
// which is awaited for one page or walked with `for await` over every item of every page.
import { APIPromise } from './api-promise.js';

/** A list page as the API answers it. */
export interface PageBody<Item> {
  /** The items of this page. */
  data: Item[];
  /** Whether more items follow this page. */
  has_more: boolean;
  /** The cursor of the next page, or null on the last one. */
  next_cursor: string | null;
}

/** Fetches the page that starts at `cursor` (undefined: the first page). */
export type PageFetcher<Item> = (cursor: string | undefined) => PagePromise<Item>;

/** One page of a list: its items, whether more follow, and the way to the next page. */
export class Page<Item> implements PageBody<Item>, AsyncIterable<Item> {
  /** The items of this page. */
  data: Item[];
  /** Whether more items follow this page. */
  has_more: boolean;
  /** The cursor of the next page, or null on the last one. */
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

  /** Whether there is a page after this one. */
  hasNextPage(): boolean {
    return this.has_more && this.next_cursor != null;
  }

  /** Fetches the page after this one; throws when `hasNextPage()` is false. */
  getNextPage(): PagePromise<Item> {
    if (!this.hasNextPage()) throw new Error('No next page; check hasNextPage() first.');
    return this.fetchPage(this.next_cursor!);
  }

  /** This page, then each following page, fetched as the loop asks. */
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

/** What a list method returns: await it for the first page, or `for await` it for every item of every page. */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this;
  }
}
