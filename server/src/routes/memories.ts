import { memoriesCreate, memoriesDelete, memoriesList, memoriesRetrieve, memoriesSearch } from '../../../spec/src/index.ts';
import { handler } from '../http/handler.ts';
import { found } from './found.ts';

export const memories = [
  handler(memoriesCreate, ({ store, tenantId, body }) => store.memories.create(tenantId, body)),
  handler(memoriesList, ({ store, tenantId, query: { cursor, limit, ...filter } }) => store.memories.list(tenantId, filter, cursor ?? '', limit)),
  handler(memoriesRetrieve, ({ store, tenantId, params }) => found(store.memories.retrieve(tenantId, params.memory_id), 'memory')),
  handler(memoriesDelete, ({ store, tenantId, params }) => {
    if (!store.memories.delete(tenantId, params.memory_id)) found(undefined, 'memory');
  }),
  handler(memoriesSearch, ({ store, tenantId, body }) => ({ data: store.memories.search(tenantId, body) })),
];
