import { createdAt, idParam, LIMITS, listOf, Metadata, objectId, pageQuery, timestamp } from './common.ts';
import { defineOperation, z } from './registry.ts';

export const MemoryScope = z.enum(['private', 'shared', 'global']).openapi('MemoryScope', {
  description:
    'Who a memory is meant for: `private` (one agent), `shared` (a group of agents), `global` (every agent of the tenant). ' +
    'A label the caller sets and filters lists and searches on; every memory stays within its tenant.',
});
export const MemoryTier = z.enum(['hot', 'warm', 'cold']).openapi('MemoryTier', { description: 'Derived from age and last access: `hot` (used within a day), `warm` (within a week), `cold`.' });
const tag = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/).openapi({ description: 'A label: letters, digits and `_.:-`, up to 64 characters.', example: 'onboarding' });
const agentId = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/).openapi({ description: 'The agent the memory is about or for: letters, digits and `_.:-`, up to 128 characters.', example: 'agent-7' });
const tags = z.array(tag).openapi({ description: 'Labels to filter on.' });

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
    id: objectId('memory', memoryExample.id),
    scope: MemoryScope,
    agent_id: z.string().nullable().openapi({ description: 'The agent the memory is about or for; null when none was given.' }),
    content: z.string().openapi({ description: 'The text remembered; what search matches.' }),
    tags: z.array(z.string()).openapi({ description: 'Labels to filter on.' }),
    metadata: Metadata,
    tier: MemoryTier,
    access_count: z.int().openapi({ description: 'How many times it was retrieved or found by a search.' }),
    created_at: createdAt,
    last_accessed_at: timestamp.openapi({ description: 'When it was last retrieved or found by a search; its creation time until then.' }),
  })
  .openapi('Memory', { description: "Something an agent remembers, searchable by its content.", example: memoryExample });

export const MemoryCreateParams = z
  .strictObject({
    scope: MemoryScope,
    agent_id: agentId.optional(),
    content: z.string().min(1).max(20000).openapi({ description: 'The text to remember, 1 to 20000 characters.' }),
    tags: tags.max(20).default([]),
    metadata: Metadata.optional(),
  })
  .openapi('MemoryCreateParams', { description: 'What a new memory is made of.', example: { scope: 'private', agent_id: 'agent-7', content: 'The customer prefers weekly summaries on Mondays.', tags: ['preferences'] } });

export const MemoryListQuery = z.strictObject({
  ...pageQuery,
  scope: MemoryScope.optional().openapi({ param: { description: 'Only memories of this scope: `private`, `shared` or `global`.' } }),
  agent_id: agentId.optional().openapi({ param: { description: 'Only memories of this agent.' } }),
  tag: tag.optional().openapi({ param: { description: 'Only memories with this tag.' } }),
});

export const MemorySearchParams = z
  .strictObject({
    query: z.string().min(1).max(1000).openapi({ description: 'The words to look for, 1 to 1000 characters.', example: 'weekly summary' }),
    scope: MemoryScope.optional(),
    agent_id: agentId.optional(),
    top_k: z.int().min(1).max(50).default(10).openapi({ description: 'How many matches at most, 1 to 50 (default 10).' }),
  })
  .openapi('MemorySearchParams', { description: 'What to search for, and where; `scope` and `agent_id` narrow the search to those memories.', example: { query: 'weekly summary', top_k: 5 } });

export const MemorySearchHit = z
  .object({
    memory: Memory,
    score: z.number().openapi({ description: 'BM25 relevance; higher is better.', example: 2.31 }),
  })
  .openapi('MemorySearchHit', { description: 'A memory that matches, and how well.' });

export const MemorySearchResult = z
  .object({ data: z.array(MemorySearchHit).openapi({ description: 'The matches, best first.' }) })
  .openapi('MemorySearchResult', { description: 'The best matches of a search.', example: { data: [{ memory: memoryExample, score: 2.31 }] } });
export const MemoryList = listOf('MemoryList', Memory, memoryExample);
export const MemoryPath = z.strictObject({ memory_id: idParam('memory_id', memoryExample.id, 'Id of the memory, `mem_...`.') });

export const memoriesCreate = defineOperation({
  resource: 'memories', method: 'create', tag: 'memories', http: 'post', path: '/memories', access: 'tenant',
  summary: 'Create a memory', description: 'Stores a memory in the caller\'s tenant; search finds it at once.', body: MemoryCreateParams, status: 201, response: Memory, responseDescription: 'The created memory.',
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
  summary: 'Delete a memory', description: 'Removes the memory and its search entries.', params: MemoryPath, status: 204, responseDescription: 'Deleted.',
});
export const memoriesSearch = defineOperation({
  resource: 'memories', method: 'search', tag: 'memories', http: 'post', path: '/memories/search', access: 'tenant',
  summary: 'Search memories', description: `Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first ${LIMITS.max_search_terms} distinct words of \`query\` are used. Words are read rarest first: when those words together occur in more than ${LIMITS.max_search_postings} of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.`,
  body: MemorySearchParams, status: 200, response: MemorySearchResult, responseDescription: 'The best matches, best first.',
});
