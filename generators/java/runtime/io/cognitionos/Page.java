package io.cognitionos;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * One page of a list call; {@link #autoPager()} walks this page and every one after it.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> data;
    private final boolean hasMore;
    private final String nextCursor;
    private final Function<String, Page<T>> fetch;

    /** Built by the SDK (io.cognitionos.internal.Construct): {@code fetch} asks for the page at a cursor with the same params and options. */
    Page(List<T> data, boolean hasMore, String nextCursor, Function<String, Page<T>> fetch) {
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
     * Fetches the next page; only when {@link #hasMore()}.
     *
     * @return the next page
     */
    public Page<T> nextPage() {
        if (!hasMore || nextCursor == null) throw new NoSuchElementException("this is the last page");
        return fetch.apply(nextCursor);
    }

    /**
     * Every item of this page and the pages after it, fetched as the iteration reaches them.
     *
     * @return an iterable (and streamable) view of every item
     */
    public AutoPager<T> autoPager() {
        return new AutoPager<>(this);
    }
}
