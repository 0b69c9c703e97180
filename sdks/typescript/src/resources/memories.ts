// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { Memory, MemoryCreateParams, MemoryListParams, MemorySearchParams, MemorySearchResult } from '../types.js';

/** `client.memories`: `create` (`POST /memories`), `list` (`GET /memories`), `retrieve` (`GET /memories/{memory_id}`), `delete` (`DELETE /memories/{memory_id}`), `search` (`POST /memories/search`). */
export class Memories extends APIResource {
  /**
   * Create a memory: `POST /memories`
   *
   * Stores a memory in the caller's tenant; search finds it at once.
   */
  create(params: MemoryCreateParams, options?: RequestOptions): APIPromise<Memory> {
    return this._client.post('/memories', { body: params, ...options });
  }

  /**
   * List memories: `GET /memories`
   *
   * Filter by scope, agent and tag; oldest first.
   */
  list(params: MemoryListParams = {}, options?: RequestOptions): PagePromise<Memory> {
    return this._client.getAPIList('/memories', { query: params, ...options });
  }

  /**
   * Retrieve a memory: `GET /memories/{memory_id}`
   *
   * Counts as an access (keeps the memory hot).
   */
  retrieve(memoryId: string, options?: RequestOptions): APIPromise<Memory> {
    return this._client.get(path('/memories/{memory_id}', { memoryId }), { ...options });
  }

  /**
   * Delete a memory: `DELETE /memories/{memory_id}`
   *
   * Removes the memory and its search entries.
   */
  delete(memoryId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path('/memories/{memory_id}', { memoryId }), { ...options });
  }

  /**
   * Search memories: `POST /memories/search`
   *
   * Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of `query` are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.
   */
  search(params: MemorySearchParams, options?: RequestOptions): APIPromise<MemorySearchResult> {
    return this._client.post('/memories/search', { body: params, ...options });
  }
}
