// Generated from spec/openapi.json by generators/typescript. Do not edit: change the spec or the generator.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import { path } from '../internal/path.js';
import type { Memory, MemoryCreateParams, MemoryListParams, MemorySearchParams, MemorySearchResult } from '../types.js';

export class Memories extends APIResource {
  /** Create a memory: `POST /memories` */
  create(params: MemoryCreateParams, options?: RequestOptions): APIPromise<Memory> {
    return this._client.post('/memories', { body: params, ...options });
  }

  /** List memories: `GET /memories` */
  list(params: MemoryListParams = {}, options?: RequestOptions): PagePromise<Memory> {
    return this._client.getAPIList('/memories', { query: params, ...options });
  }

  /** Retrieve a memory: `GET /memories/{memory_id}` */
  retrieve(memoryId: string, options?: RequestOptions): APIPromise<Memory> {
    return this._client.get(path('/memories/{memoryId}', { memoryId }), { ...options });
  }

  /** Delete a memory: `DELETE /memories/{memory_id}` */
  delete(memoryId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path('/memories/{memoryId}', { memoryId }), { ...options });
  }

  /** Search memories: `POST /memories/search` */
  search(params: MemorySearchParams, options?: RequestOptions): APIPromise<MemorySearchResult> {
    return this._client.post('/memories/search', { body: params, ...options });
  }
}
