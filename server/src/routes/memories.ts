import type { Handlers } from '../http/context.ts';
import { found } from './found.ts';

export const memories: Handlers = {
  create: ({ store, tenantId, body }) => store.memories.create(tenantId, body),
  list: ({ store, tenantId, query: { cursor, limit, ...filter } }) => store.memories.list(tenantId, filter, cursor ?? '', limit),
  retrieve: ({ store, tenantId, params }) => found(store.memories.retrieve(tenantId, params.memory_id), 'memory'),
  delete: ({ store, tenantId, params }) => {
    if (!store.memories.delete(tenantId, params.memory_id)) found(undefined, 'memory');
  },
  search: ({ store, tenantId, body }) => ({ data: store.memories.search(tenantId, body) }),
};
