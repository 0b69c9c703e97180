// Generated from spec/openapi.json by generators/java. Do not edit: change the spec or the generator.
package io.cognitionos.services;

import io.cognitionos.AsyncPage;
import io.cognitionos.RawResponse;
import io.cognitionos.RequestOptions;
import io.cognitionos.internal.ClientCore;
import io.cognitionos.internal.Json;
import io.cognitionos.internal.PathTemplate;
import io.cognitionos.internal.Wire;
import io.cognitionos.models.Memory;
import io.cognitionos.models.MemoryCreateParams;
import io.cognitionos.models.MemoryListParams;
import io.cognitionos.models.MemorySearchParams;
import io.cognitionos.models.MemorySearchResult;
import java.util.concurrent.CompletableFuture;

/** The memories operations, each answering a CompletableFuture. */
public final class MemoriesServiceAsync {
    private final ClientCore core;
    private final WithRawResponse raw = new WithRawResponse();

    /** Built by the client (io.cognitionos.internal.Construct). */
    MemoriesServiceAsync(ClientCore core) {
        this.core = core;
    }

    /**
     * Create a memory.
     * <p>Stores a memory in the caller's tenant; search finds it at once.
     * <p>Sends {@code POST /memories}.
     *
     * @param params the {@link MemoryCreateParams}
     * @return a future of the {@link Memory}
     */
    public CompletableFuture<Memory> create(MemoryCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Create a memory.
     * <p>Stores a memory in the caller's tenant; search finds it at once.
     * <p>Sends {@code POST /memories}.
     *
     * @param params the {@link MemoryCreateParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Memory}
     */
    public CompletableFuture<Memory> create(MemoryCreateParams params, RequestOptions options) {
        return core.callAsync("POST", "/memories", PathTemplate.fill("/memories"), null, Wire.body(params), options, Json.model(Memory::new));
    }

    /**
     * List memories.
     * <p>Filter by scope, agent and tag; oldest first.
     * <p>Sends {@code GET /memories}.
     *
     * @param params the {@link MemoryListParams}; null leaves every field out (no query)
     * @return a future of the first page of {@link Memory}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Memory>> list(MemoryListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * List memories.
     * <p>Filter by scope, agent and tag; oldest first.
     * <p>Sends {@code GET /memories}.
     *
     * @return a future of the first page of {@link Memory}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Memory>> list() {
        return list(null, RequestOptions.none());
    }

    /**
     * List memories.
     * <p>Filter by scope, agent and tag; oldest first.
     * <p>Sends {@code GET /memories}.
     *
     * @param params the {@link MemoryListParams}; null leaves every field out (no query)
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the first page of {@link Memory}, whose {@code autoPager()} reads the pages after it
     */
    public CompletableFuture<AsyncPage<Memory>> list(MemoryListParams params, RequestOptions options) {
        return core.pageAsync("/memories", PathTemplate.fill("/memories"), params, options, Json.model(Memory::new));
    }

    /**
     * Retrieve a memory.
     * <p>Counts as an access (keeps the memory hot).
     * <p>Sends {@code GET /memories/{memory_id}}.
     *
     * @param memoryId Id of the memory, {@code mem_...}.
     * @return a future of the {@link Memory}
     */
    public CompletableFuture<Memory> retrieve(String memoryId) {
        return retrieve(memoryId, RequestOptions.none());
    }

    /**
     * Retrieve a memory.
     * <p>Counts as an access (keeps the memory hot).
     * <p>Sends {@code GET /memories/{memory_id}}.
     *
     * @param memoryId Id of the memory, {@code mem_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link Memory}
     */
    public CompletableFuture<Memory> retrieve(String memoryId, RequestOptions options) {
        return core.callAsync("GET", "/memories/{memory_id}", PathTemplate.fill("/memories/{memory_id}", "memoryId", memoryId), null, null, options, Json.model(Memory::new));
    }

    /**
     * Delete a memory.
     * <p>Removes the memory and its search entries.
     * <p>Sends {@code DELETE /memories/{memory_id}}.
     *
     * @param memoryId Id of the memory, {@code mem_...}.
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> delete(String memoryId) {
        return delete(memoryId, RequestOptions.none());
    }

    /**
     * Delete a memory.
     * <p>Removes the memory and its search entries.
     * <p>Sends {@code DELETE /memories/{memory_id}}.
     *
     * @param memoryId Id of the memory, {@code mem_...}.
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future completed when the call succeeds
     */
    public CompletableFuture<Void> delete(String memoryId, RequestOptions options) {
        return core.callAsync("DELETE", "/memories/{memory_id}", PathTemplate.fill("/memories/{memory_id}", "memoryId", memoryId), null, null, options, json -> null);
    }

    /**
     * Search memories.
     * <p>Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of {@code query} are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.
     * <p>Sends {@code POST /memories/search}.
     *
     * @param params the {@link MemorySearchParams}
     * @return a future of the {@link MemorySearchResult}
     */
    public CompletableFuture<MemorySearchResult> search(MemorySearchParams params) {
        return search(params, RequestOptions.none());
    }

    /**
     * Search memories.
     * <p>Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of {@code query} are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.
     * <p>Sends {@code POST /memories/search}.
     *
     * @param params the {@link MemorySearchParams}
     * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
     * @return a future of the {@link MemorySearchResult}
     */
    public CompletableFuture<MemorySearchResult> search(MemorySearchParams params, RequestOptions options) {
        return core.callAsync("POST", "/memories/search", PathTemplate.fill("/memories/search"), null, Wire.body(params), options, Json.model(MemorySearchResult::new));
    }

    /**
     * The same calls, each answering a {@link RawResponse}: the status and headers beside the value.
     *
     * @return the raw flavor of this service
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** Asynchronous calls that answer the status and headers beside the value. */
    public final class WithRawResponse {
        private WithRawResponse() {}

        /**
         * Create a memory.
         * <p>Stores a memory in the caller's tenant; search finds it at once.
         * <p>Sends {@code POST /memories}.
         *
         * @param params the {@link MemoryCreateParams}
         * @return a future of the status and headers, beside the {@link Memory}
         */
        public CompletableFuture<RawResponse<Memory>> create(MemoryCreateParams params) {
            return create(params, RequestOptions.none());
        }

        /**
         * Create a memory.
         * <p>Stores a memory in the caller's tenant; search finds it at once.
         * <p>Sends {@code POST /memories}.
         *
         * @param params the {@link MemoryCreateParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Memory}
         */
        public CompletableFuture<RawResponse<Memory>> create(MemoryCreateParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/memories", PathTemplate.fill("/memories"), null, Wire.body(params), options, Json.model(Memory::new));
        }

        /**
         * List memories.
         * <p>Filter by scope, agent and tag; oldest first.
         * <p>Sends {@code GET /memories}.
         *
         * @param params the {@link MemoryListParams}; null leaves every field out (no query)
         * @return a future of the status and headers, beside the first page of {@link Memory}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Memory>>> list(MemoryListParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * List memories.
         * <p>Filter by scope, agent and tag; oldest first.
         * <p>Sends {@code GET /memories}.
         *
         * @return a future of the status and headers, beside the first page of {@link Memory}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Memory>>> list() {
            return list(null, RequestOptions.none());
        }

        /**
         * List memories.
         * <p>Filter by scope, agent and tag; oldest first.
         * <p>Sends {@code GET /memories}.
         *
         * @param params the {@link MemoryListParams}; null leaves every field out (no query)
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the first page of {@link Memory}, whose {@code autoPager()} reads the pages after it
         */
        public CompletableFuture<RawResponse<AsyncPage<Memory>>> list(MemoryListParams params, RequestOptions options) {
            return core.pageRawAsync("/memories", PathTemplate.fill("/memories"), params, options, Json.model(Memory::new));
        }

        /**
         * Retrieve a memory.
         * <p>Counts as an access (keeps the memory hot).
         * <p>Sends {@code GET /memories/{memory_id}}.
         *
         * @param memoryId Id of the memory, {@code mem_...}.
         * @return a future of the status and headers, beside the {@link Memory}
         */
        public CompletableFuture<RawResponse<Memory>> retrieve(String memoryId) {
            return retrieve(memoryId, RequestOptions.none());
        }

        /**
         * Retrieve a memory.
         * <p>Counts as an access (keeps the memory hot).
         * <p>Sends {@code GET /memories/{memory_id}}.
         *
         * @param memoryId Id of the memory, {@code mem_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link Memory}
         */
        public CompletableFuture<RawResponse<Memory>> retrieve(String memoryId, RequestOptions options) {
            return core.callRawAsync("GET", "/memories/{memory_id}", PathTemplate.fill("/memories/{memory_id}", "memoryId", memoryId), null, null, options, Json.model(Memory::new));
        }

        /**
         * Delete a memory.
         * <p>Removes the memory and its search entries.
         * <p>Sends {@code DELETE /memories/{memory_id}}.
         *
         * @param memoryId Id of the memory, {@code mem_...}.
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> delete(String memoryId) {
            return delete(memoryId, RequestOptions.none());
        }

        /**
         * Delete a memory.
         * <p>Removes the memory and its search entries.
         * <p>Sends {@code DELETE /memories/{memory_id}}.
         *
         * @param memoryId Id of the memory, {@code mem_...}.
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers (no value)
         */
        public CompletableFuture<RawResponse<Void>> delete(String memoryId, RequestOptions options) {
            return core.callRawAsync("DELETE", "/memories/{memory_id}", PathTemplate.fill("/memories/{memory_id}", "memoryId", memoryId), null, null, options, json -> null);
        }

        /**
         * Search memories.
         * <p>Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of {@code query} are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.
         * <p>Sends {@code POST /memories/search}.
         *
         * @param params the {@link MemorySearchParams}
         * @return a future of the status and headers, beside the {@link MemorySearchResult}
         */
        public CompletableFuture<RawResponse<MemorySearchResult>> search(MemorySearchParams params) {
            return search(params, RequestOptions.none());
        }

        /**
         * Search memories.
         * <p>Full-text search ranked by BM25, best first, with scores. Words match case- and accent-insensitively; a repeated word counts once, and only the first 32 distinct words of {@code query} are used. Words are read rarest first: when those words together occur in more than 5000 of the caller's memories, the most common of them (which BM25 weighs least) are left out. These bounds, and each tenant's share of the server's time, keep one search cheap; a tenant over its share is answered 429 with Retry-After.
         * <p>Sends {@code POST /memories/search}.
         *
         * @param params the {@link MemorySearchParams}
         * @param options this call's settings (retries, timeout, headers, idempotency key), over the client's
         * @return a future of the status and headers, beside the {@link MemorySearchResult}
         */
        public CompletableFuture<RawResponse<MemorySearchResult>> search(MemorySearchParams params, RequestOptions options) {
            return core.callRawAsync("POST", "/memories/search", PathTemplate.fill("/memories/search"), null, Wire.body(params), options, Json.model(MemorySearchResult::new));
        }
    }
}
