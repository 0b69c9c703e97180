package io.cognitionos;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item from a first page on: iterate it (each iteration starts again at that page) or stream it.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T> first;

    AutoPager(Page<T> first) {
        this.first = first;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private Page<T> page = first;
            private Iterator<T> items = first.data().iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && page.hasMore()) {
                    page = page.nextPage();
                    items = page.data().iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                return items.next();
            }
        };
    }

    /**
     * The items as a sequential stream, fetching pages as it is consumed.
     *
     * @return a stream of every item
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
