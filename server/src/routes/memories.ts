import { memoriesCreate, memoriesDelete, memoriesList, memoriesRetrieve, memoriesSearch } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { found } from './found.ts';

export const memories = {
  create: handler(memoriesCreate, ({ store, tenantId, body }) => store.memories.create(tenantId, body)),
  list: handler(memoriesList, ({ store, tenantId, query: { cursor, limit, ...filter } }) => store.memories.list(tenantId, filter, cursor ?? '', limit)),
  retrieve: handler(memoriesRetrieve, ({ store, tenantId, params }) => found(store.memories.retrieve(tenantId, params.memory_id), 'memory')),
  delete: handler(memoriesDelete, ({ store, tenantId, params }) => {
    if (!store.memories.delete(tenantId, params.memory_id)) found(undefined, 'memory');
  }),
  search: handler(memoriesSearch, ({ store, tenantId, body }) => ({ data: store.memories.search(tenantId, body) })),
};
