// Generated from generators/java/runtime/io/cognitionos/Page.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One page of a list call; {@link #autoPager()} walks this page and every one after it on the calling
 * thread, {@link #nextPageAsync()} and {@link #forEachAsync(Consumer)} do so without blocking it.
 */
public final class Page<T> {
    private final List<T> data;
    private final boolean hasMore;
    private final String nextCursor;
    private final Function<String, Page<T>> fetch;
    private final Function<String, CompletableFuture<Page<T>>> fetchAsync;

    /** Built by the SDK (io.cognitionos.internal.Construct): {@code fetch} and {@code fetchAsync} ask for the page at a cursor with the same params and options. */
    Page(List<T> data, boolean hasMore, String nextCursor, Function<String, Page<T>> fetch, Function<String, CompletableFuture<Page<T>>> fetchAsync) {
        this.data = data;
        this.hasMore = hasMore;
        this.nextCursor = nextCursor;
        this.fetch = fetch;
        this.fetchAsync = fetchAsync;
    }

    public List<T> data() {
        return data;
    }

    public boolean hasMore() {
        return hasMore;
    }

    /** The cursor of the next page; null on the last page. */
    public String nextCursor() {
        return nextCursor;
    }

    /** Fetches the next page, blocking; only when {@link #hasMore()}. */
    public Page<T> nextPage() {
        return fetch.apply(lastCheckedCursor());
    }

    /** Fetches the next page without blocking the calling thread; only when {@link #hasMore()}. */
    public CompletableFuture<Page<T>> nextPageAsync() {
        try {
            return fetchAsync.apply(lastCheckedCursor());
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /** Every item of this page and the pages after it, fetched as the iteration reaches them (blocking). */
    public AutoPager<T> autoPager() {
        return new AutoPager<>(this);
    }

    /** Hands every item of this page and the pages after it to {@code action}; completes after the last page, without blocking. */
    public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
        data.forEach(action);
        if (!hasMore || nextCursor == null) return CompletableFuture.completedFuture(null);
        return nextPageAsync().thenCompose(next -> next.forEachAsync(action));
    }

    private String lastCheckedCursor() {
        if (!hasMore || nextCursor == null) throw new NoSuchElementException("this is the last page");
        return nextCursor;
    }
}
