package dev.estsdk.api;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A paged listing that fetches its pages lazily, as iteration reaches them.
 *
 * <ul>
 *   <li>Nothing is fetched until iteration first asks for an item; page <i>n</i>+1 only when
 *       iteration passes the last item of page <i>n</i>.</li>
 *   <li>Iteration stops at a page that says there is no next page, or at an empty page.</li>
 *   <li>Pages are not retained: memory stays at one page however long the listing is.</li>
 *   <li>Each iteration starts again at page 1 and fetches anew; collect with
 *       {@code stream().toList()} to reuse the items.</li>
 * </ul>
 *
 * <pre>{@code
 * for (SipTrunk trunk : est.sipTrunks().list()) { ... }                 // every trunk
 * est.sipTrunks().list().stream().filter(t -> t.name().startsWith("Acme")).findFirst();
 * Page<SipTrunk> second = est.sipTrunks().list().withPageSize(50).page(2);  // one request
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the iterators they return are not. A failed fetch
 * surfaces from the iterator (or stream) as the {@link dev.estsdk.api.exception.EstException}
 * the fetcher threw.
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    private final PageFetcher<T> fetcher;
    private final int pageSize;
    private final int maxPageSize;

    private PagedIterable(PageFetcher<T> fetcher, int pageSize, int maxPageSize) {
        this.fetcher = fetcher;
        this.pageSize = pageSize;
        this.maxPageSize = maxPageSize;
    }

    /**
     * Creates a listing over a fetcher, with the endpoint's default and maximum page sizes.
     * @param fetcher         fetches one page
     * @param defaultPageSize the page size until {@link #withPageSize(int)} changes it
     * @param maxPageSize     the largest page size the endpoint accepts
     * @param <T>             the item type
     * @return the listing
     * @throws IllegalArgumentException unless {@code 1 <= defaultPageSize <= maxPageSize}
     */
    public static <T> PagedIterable<T> of(PageFetcher<T> fetcher, int defaultPageSize, int maxPageSize) {
        Objects.requireNonNull(fetcher, "fetcher");
        if (maxPageSize < 1 || defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("need 1 <= defaultPageSize <= maxPageSize, was "
                    + defaultPageSize + " and " + maxPageSize);
        }
        return new PagedIterable<>(fetcher, defaultPageSize, maxPageSize);
    }

    /**
     * Creates a listing over items in memory, in pages of 100 unless changed: handy for fakes.
     * @param items the items; copied, none null
     * @param <T>   the item type
     * @return the listing
     */
    public static <T> PagedIterable<T> of(List<T> items) {
        List<T> all = List.copyOf(items);
        return of((number, size) -> {
            long from = Math.min((long) (number - 1) * size, all.size());
            int to = (int) Math.min(from + size, all.size());
            return Page.of(all.subList((int) from, to), number, size, all.size());
        }, 100, Integer.MAX_VALUE);
    }

    /** {@return the page size each fetch asks for} */
    public int pageSize() {
        return pageSize;
    }

    /**
     * {@return the same listing fetched with another page size}
     * @param pageSize 1 to the endpoint's maximum (500 for most listings, 1000 for calls)
     * @throws EstValidationException if pageSize is outside 1 to the maximum
     */
    public PagedIterable<T> withPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > maxPageSize) {
            throw invalid("pageSize", "must be between 1 and " + maxPageSize + " (was " + pageSize + ")");
        }
        return new PagedIterable<>(fetcher, pageSize, maxPageSize);
    }

    /**
     * Fetches exactly one page, with one request, for callers who page themselves.
     * @param pageNumber the page, 1-based
     * @return the page; empty beyond the end
     * @throws EstValidationException if pageNumber is below 1
     */
    public Page<T> page(int pageNumber) {
        if (pageNumber < 1) {
            throw invalid("pageNumber", "must be at least 1 (was " + pageNumber + ")");
        }
        return fetch(pageNumber);
    }

    /** {@return a new iterator over every item, starting at page 1} */
    @Override
    public Iterator<T> iterator() {
        return new ItemIterator();
    }

    @Override
    public Spliterator<T> spliterator() {
        return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
    }

    /**
     * {@return a sequential stream of every item} Short-circuiting operations such as
     * {@code findFirst()} stop fetching early.
     */
    public Stream<T> stream() {
        return StreamSupport.stream(this::spliterator,
                Spliterator.ORDERED | Spliterator.NONNULL, false);
    }

    /**
     * {@return the non-empty pages, each iteration starting at page 1}
     */
    public Iterable<Page<T>> pages() {
        return PageIterator::new;
    }

    /** {@return a sequential stream of the pages, as {@link #pages()}} */
    public Stream<Page<T>> pageStream() {
        return StreamSupport.stream(
                () -> Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                Spliterator.ORDERED | Spliterator.NONNULL, false);
    }

    @Override
    public String toString() {
        return "PagedIterable[pageSize=" + pageSize + "]";
    }

    private Page<T> fetch(int pageNumber) {
        return Objects.requireNonNull(fetcher.fetch(pageNumber, pageSize),
                () -> "the page fetcher returned null for page " + pageNumber);
    }

    private static EstValidationException invalid(String field, String rule) {
        return new EstValidationException("PagedIterable", List.of(new FieldViolation(field, rule)));
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private int nextNumber = 1;
        private boolean exhausted;
        private Page<T> ahead;

        @Override
        public boolean hasNext() {
            if (ahead == null && !exhausted) {
                Page<T> page = fetch(nextNumber++);
                exhausted = !page.hasNext() || page.items().isEmpty();
                ahead = page.items().isEmpty() ? null : page;
            }
            return ahead != null;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more pages");
            }
            Page<T> page = ahead;
            ahead = null;
            return page;
        }
    }

    private final class ItemIterator implements Iterator<T> {
        private final PageIterator pages = new PageIterator();
        private Iterator<T> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                current = pages.next().items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            return current.next();
        }
    }
}
