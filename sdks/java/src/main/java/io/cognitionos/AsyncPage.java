// Generated from generators/java/runtime/io/cognitionos/AsyncPage.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One page of a list call from {@code client.async()}: {@link #nextPage()} and {@link #autoPager()} fetch
 * the pages after it without blocking the calling thread.
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {
    private final List<T> data;
    private final boolean hasMore;
    private final String nextCursor;
    private final Function<String, CompletableFuture<AsyncPage<T>>> fetch;

    /** Built by the SDK (io.cognitionos.internal.Construct): {@code fetch} asks for the page at a cursor with the same params and options. */
    AsyncPage(List<T> data, boolean hasMore, String nextCursor, Function<String, CompletableFuture<AsyncPage<T>>> fetch) {
        this.data = data;
        this.hasMore = hasMore;
        this.nextCursor = nextCursor;
        this.fetch = fetch;
    }

    /**
     * The items of this page.
     *
     * @return the items, in the order the API listed them
     */
    public List<T> data() {
        return data;
    }

    /**
     * Whether a page follows this one.
     *
     * @return true when {@link #nextPage()} has a page to fetch
     */
    public boolean hasMore() {
        return hasMore;
    }

    /**
     * The cursor of the next page.
     *
     * @return the cursor; null on the last page
     */
    public String nextCursor() {
        return nextCursor;
    }

    /**
     * The next page, without blocking; only when {@link #hasMore()} (else it fails with NoSuchElementException).
     *
     * @return a future of the next page
     */
    public CompletableFuture<AsyncPage<T>> nextPage() {
        if (!hasMore || nextCursor == null) return CompletableFuture.failedFuture(new NoSuchElementException("this is the last page"));
        try {
            return fetch.apply(nextCursor);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /**
     * Every item of this page and the pages after it, fetched as they are reached, without blocking.
     *
     * @return a pager over every item
     */
    public AsyncAutoPager<T> autoPager() {
        return new AsyncAutoPager<>(this);
    }

    /**
     * Every item from a first async page on.
     *
     * @param <T> the item type
     */
    public static final class AsyncAutoPager<T> {
        private final AsyncPage<T> first;

        AsyncAutoPager(AsyncPage<T> first) {
            this.first = first;
        }

        /**
         * Hands each item to {@code action} in order.
         *
         * @param action called with each item, on the thread that read its page
         * @return a future completed after the last page (or with the first failure)
         */
        public CompletableFuture<Void> forEach(Consumer<? super T> action) {
            return forEach(first, action);
        }

        private static <T> CompletableFuture<Void> forEach(AsyncPage<T> page, Consumer<? super T> action) {
            page.data().forEach(action);
            if (!page.hasMore() || page.nextCursor() == null) return CompletableFuture.completedFuture(null);
            return page.nextPage().thenCompose(next -> forEach(next, action));
        }
    }
}
