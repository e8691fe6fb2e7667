package dev.estsdk.api.async;

import dev.estsdk.api.Page;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A listing that fetches its pages lazily and without blocking a thread: each page is requested
 * when the previous one has been consumed, and only as far as a subscriber asks. Immutable;
 * every method starts a new pass over the listing.
 *
 * <pre>{@code
 * est.async().phoneNumbers().list().forEach(number -> System.out.println(number.phoneNumber()))
 *     .thenRun(() -> System.out.println("done"));
 * }</pre>
 * @param <T> the item type
 */
public final class AsyncPagedIterable<T> {

    private final AsyncPageFetcher<T> fetcher;
    private final int pageSize;
    private final int maxPageSize;

    private AsyncPagedIterable(AsyncPageFetcher<T> fetcher, int pageSize, int maxPageSize) {
        this.fetcher = fetcher;
        this.pageSize = pageSize;
        this.maxPageSize = maxPageSize;
    }

    /**
     * {@return a listing over a page fetcher; nothing is fetched yet}
     * @param fetcher         fetches one page
     * @param defaultPageSize the page size until {@link #withPageSize(int)} changes it
     * @param maxPageSize     the largest page size the listing accepts
     * @param <T>             the item type
     * @throws IllegalArgumentException unless {@code 1 <= defaultPageSize <= maxPageSize}
     */
    public static <T> AsyncPagedIterable<T> of(AsyncPageFetcher<T> fetcher, int defaultPageSize, int maxPageSize) {
        Objects.requireNonNull(fetcher, "fetcher");
        if (maxPageSize < 1 || defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("need 1 <= defaultPageSize <= maxPageSize, was "
                    + defaultPageSize + " and " + maxPageSize);
        }
        return new AsyncPagedIterable<>(fetcher, defaultPageSize, maxPageSize);
    }

    /** {@return the page size requests use} */
    public int pageSize() {
        return pageSize;
    }

    /** {@return the largest page size the listing accepts} */
    public int maxPageSize() {
        return maxPageSize;
    }

    /**
     * {@return the same listing with another page size}
     * @param size 1 to the listing's maximum
     * @throws EstValidationException if the size is out of range
     */
    public AsyncPagedIterable<T> withPageSize(int size) {
        if (size < 1 || size > maxPageSize) {
            throw new EstValidationException("AsyncPagedIterable", List.of(new FieldViolation("pageSize",
                    "must be between 1 and " + maxPageSize + " (was " + size + ")")));
        }
        return new AsyncPagedIterable<>(fetcher, size, maxPageSize);
    }

    /**
     * {@return a future of one page, fetched with one request}
     * @param pageNumber from 1
     * @throws EstValidationException if the number is below 1
     */
    public CompletableFuture<Page<T>> page(int pageNumber) {
        if (pageNumber < 1) {
            throw new EstValidationException("AsyncPagedIterable", List.of(new FieldViolation("pageNumber",
                    "must be at least 1 (was " + pageNumber + ")")));
        }
        return fetch(pageNumber);
    }

    /**
     * Runs an action on every item, page after page, on the thread that completed each page's
     * fetch.
     * @param action what to do with each item
     * @return completes when every item was handled; fails with the first failed page
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        return forEachPage(page -> page.items().forEach(action));
    }

    /**
     * Runs an action on every non-empty page, in order.
     * @param action what to do with each page
     * @return completes when every page was handled
     */
    public CompletableFuture<Void> forEachPage(Consumer<? super Page<T>> action) {
        Objects.requireNonNull(action, "action");
        return from(1, action);
    }

    /** {@return a future of every item, in order} */
    public CompletableFuture<List<T>> toList() {
        List<T> all = new ArrayList<>();
        return forEach(all::add).thenApply(done -> List.copyOf(all));
    }

    /**
     * {@return the items as a reactive-streams publisher} Pages are fetched as the subscriber's
     * demand requires, never ahead of it; each subscription starts a new pass.
     */
    public Flow.Publisher<T> items() {
        return subscriber -> new ItemSubscription<>(this, Objects.requireNonNull(subscriber, "subscriber")).start();
    }

    @Override
    public String toString() {
        return "AsyncPagedIterable[pageSize=" + pageSize + "]";
    }

    private CompletableFuture<Void> from(int pageNumber, Consumer<? super Page<T>> action) {
        return fetch(pageNumber).thenCompose(page -> {
            if (page.items().isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            action.accept(page);
            return page.hasNext() ? from(pageNumber + 1, action) : CompletableFuture.completedFuture(null);
        });
    }

    CompletableFuture<Page<T>> fetch(int pageNumber) {
        CompletableFuture<Page<T>> page;
        try {
            page = fetcher.fetch(pageNumber, pageSize);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return Objects.requireNonNull(page, "the page fetcher returned null").thenApply(p ->
                Objects.requireNonNull(p, () -> "the page fetcher returned null for page " + pageNumber));
    }
}
