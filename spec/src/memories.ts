import { idParam, LIMITS, listOf, Metadata, pageQuery, timestamp } from './common.ts';
import { defineOperation, z } from './registry.ts';

export const MemoryScope = z.enum(['private', 'shared', 'global']).openapi('MemoryScope');
export const MemoryTier = z.enum(['hot', 'warm', 'cold']).openapi('MemoryTier', { description: 'Derived from age and last access: hot (used within a day), warm (within a week), cold.' });
const tag = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/).openapi({ example: 'onboarding' });
const agentId = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/).openapi({ example: 'agent-7' });

const memoryExample = {
  id: 'mem_01jd5ee8ym0000000000000001',
  scope: 'private',
  agent_id: 'agent-7',
  content: 'The customer prefers weekly summaries on Mondays.',
  tags: ['preferences'],
  metadata: { source: 'chat' },
  tier: 'hot',
  access_count: 3,
  created_at: '2026-11-23T09:00:00.000Z',
  last_accessed_at: '2026-11-23T09:30:00.000Z',
};

export const Memory = z
  .object({
    id: z.string().openapi({ example: memoryExample.id }),
    scope: MemoryScope,
    agent_id: z.string().nullable(),
    content: z.string(),
    tags: z.array(z.string()),
    metadata: Metadata,
    tier: MemoryTier,
    access_count: z.int(),
    created_at: timestamp,
    last_accessed_at: timestamp,
  })
  .openapi('Memory', { example: memoryExample });

export const MemoryCreateParams = z
  .strictObject({
    scope: MemoryScope,
    agent_id: agentId.optional(),
    content: z.string().min(1).max(20000),
    tags: z.array(tag).max(20).default([]),
    metadata: Metadata.optional(),
  })
  .openapi('MemoryCreateParams', { example: { scope: 'private', agent_id: 'agent-7', content: 'The customer prefers weekly summaries on Mondays.', tags: ['preferences'] } });

export const MemoryListQuery = z.strictObject({
  ...pageQuery,
  scope: MemoryScope.optional(),
  agent_id: agentId.optional(),
  tag: tag.optional(),
});

export const MemorySearchParams = z
  .strictObject({
    query: z.string().min(1).max(1000).openapi({ example: 'weekly summary' }),
    scope: MemoryScope.optional(),
    agent_id: agentId.optional(),
    top_k: z.int().min(1).max(50).default(10),
  })
  .openapi('MemorySearchParams', { example: { query: 'weekly summary', top_k: 5 } });

export const MemorySearchHit = z
  .object({
    memory: Memory,
    score: z.number().openapi({ description: 'BM25 relevance; higher is better.', example: 2.31 }),
  })
  .openapi('MemorySearchHit');

export const MemorySearchResult = z
  .object({ data: z.array(MemorySearchHit) })
  .openapi('MemorySearchResult', { example: { data: [{ memory: memoryExample, score: 2.31 }] } });
export const MemoryList = listOf('MemoryList', Memory, memoryExample);
export const MemoryPath = z.strictObject({ memory_id: idParam('memory_id', memoryExample.id) });

export const memoriesCreate = defineOperation({
  resource: 'memories', method: 'create', tag: 'memories', http: 'post', path: '/memories', access: 'tenant',
  summary: 'Create a memory', body: MemoryCreateParams, status: 201, response: Memory, responseDescription: 'The created memory.',
});
export const memoriesList = defineOperation({
  resource: 'memories', method: 'list', tag: 'memories', http: 'get', path: '/memories', access: 'tenant',
  summary: 'List memories', description: 'Filter by scope, agent and tag; oldest first.',
  query: MemoryListQuery, status: 200, response: MemoryList, responseDescription: 'A page of memories.', paginated: true,
});
export const memoriesRetrieve = defineOperation({
  resource: 'memories', method: 'retrieve', tag: 'memories', http: 'get', path: '/memories/{memory_id}', access: 'tenant',
  summary: 'Retrieve a memory', description: 'Counts as an access (keeps the memory hot).',
  params: MemoryPath, status: 200, response: Memory, responseDescription: 'The memory.',
});
export const memoriesDelete = defineOperation({
  resource: 'memories', method: 'delete', tag: 'memories', http: 'delete', path: '/memories/{memory_id}', access: 'tenant',
  summary: 'Delete a memory', params: MemoryPath, status: 204, responseDescription: 'Deleted.',
});
export const memoriesSearch = defineOperation({
  resource: 'memories', method: 'search', tag: 'memories', http: 'post', path: '/memories/search', access: 'tenant',
  summary: 'Search memories', description: `Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first ${LIMITS.max_search_terms} distinct words of \`query\` are used. Words are read rarest first: when those words together occur in more than ${LIMITS.max_search_postings} of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.`,
  body: MemorySearchParams, status: 200, response: MemorySearchResult, responseDescription: 'The best matches, best first.',
});
