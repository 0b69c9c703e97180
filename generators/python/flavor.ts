// The two shapes of every emitted resource: the sync client's and the asyncio client's. Everything
// that differs between them is here; the emitters are written once against a Flavor.
export interface Flavor {
  classPrefix: string; // '' | 'Async'
  base: string; // the runtime resource base class
  def: string; // 'def' | 'async def'
  await: string; // '' | 'await '
  page: string; // what a list method returns: SyncPage | AsyncPaginator (awaitable and async-iterable)
  poll: string; // the runtime polling helper
}

export const SYNC: Flavor = { classPrefix: '', base: 'APIResource', def: 'def', await: '', page: 'SyncPage', poll: 'poll_until_final' };
export const ASYNC: Flavor = { classPrefix: 'Async', base: 'AsyncAPIResource', def: 'async def', await: 'await ', page: 'AsyncPaginator', poll: 'async_poll_until_final' };
export const FLAVORS = [SYNC, ASYNC];
