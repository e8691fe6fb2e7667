package dev.estsdk.client.internal.resources;

import dev.estsdk.api.Page;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.core.internal.AttemptOptions;
import dev.estsdk.core.internal.Operation;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Turns paged EST listings into lazy {@link AsyncPagedIterable}s: one call per page, started only
 * when iteration reaches it.
 *
 * <p>Whether a further page exists: with {@code totalItems}, while
 * {@code pageNumber * pageSize < totalItems} (using the size the server reports, if any);
 * without it, while a page comes back full. An empty page always ends the listing.
 */
final class Paging {

    /** Largest page the generic {@code size} parameter accepts. */
    static final int MAX_PAGE_SIZE = 500;

    /** Page size of a listing until {@code withPageSize} changes it: the largest, for the fewest requests. */
    static final int DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE;

    private Paging() {
    }

    /**
     * Fetches one page with one attempt.
     *
     * @param <E> the listing's envelope
     */
    @FunctionalInterface
    interface PageCall<E> {

        /**
         * Makes one attempt at fetching a page.
         *
         * @param pageNumber the 1-based page
         * @param pageSize   the page size
         * @param options    the attempt's options
         * @return the decoded envelope
         */
        CompletableFuture<E> fetch(int pageNumber, int pageSize, AttemptOptions options);
    }

    /**
     * A listing with the generic page sizes (default {@value #DEFAULT_PAGE_SIZE}, at most
     * {@value #MAX_PAGE_SIZE}).
     *
     * @param calls     starts each page's call
     * @param operation the listing operation
     * @param call      fetches one page
     * @param toModel   maps a wire item to the model
     * @param <D>       the wire item type
     * @param <T>       the model type
     * @param <E>       the envelope type
     * @return the lazy listing; nothing fetched yet
     */
    static <D, T, E extends ListEnvelope<D>> AsyncPagedIterable<T> list(Runner calls, Operation operation,
                                                                       PageCall<E> call, Function<D, T> toModel) {
        return list(calls, operation, call, toModel, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    /**
     * A listing with its own page sizes.
     *
     * @param calls           starts each page's call
     * @param operation       the listing operation
     * @param call            fetches one page
     * @param toModel         maps a wire item to the model
     * @param defaultPageSize the page size until changed
     * @param maxPageSize     the largest page size the endpoint accepts
     * @param <D>             the wire item type
     * @param <T>             the model type
     * @param <E>             the envelope type
     * @return the lazy listing; nothing fetched yet
     */
    static <D, T, E extends ListEnvelope<D>> AsyncPagedIterable<T> list(Runner calls, Operation operation,
                                                                       PageCall<E> call, Function<D, T> toModel,
                                                                       int defaultPageSize, int maxPageSize) {
        return AsyncPagedIterable.of((pageNumber, pageSize) -> {
            CompletableFuture<E> page = calls.execute(operation, options -> call.fetch(pageNumber, pageSize, options));
            return Runner.linked(page, page.thenApply(envelope -> toPage(envelope, pageNumber, pageSize, toModel)));
        }, defaultPageSize, maxPageSize);
    }

    /**
     * Maps one envelope to a page of models.
     *
     * @param envelope   the decoded body; null reads as an empty page
     * @param pageNumber the page that was requested
     * @param pageSize   the page size that was requested
     * @param toModel    maps a wire item to the model
     * @param <D>        the wire item type
     * @param <T>        the model type
     * @return the page
     */
    static <D, T> Page<T> toPage(ListEnvelope<D> envelope, int pageNumber, int pageSize, Function<D, T> toModel) {
        List<D> wireItems = envelope == null || envelope.items() == null ? List.of() : envelope.items();
        List<T> items = wireItems.stream().filter(Objects::nonNull).map(toModel).toList();
        Long total = envelope == null ? null : envelope.totalItems();
        Integer reported = envelope == null ? null : envelope.reportedPageSize();
        int effectiveSize = reported != null && reported > 0 ? reported : pageSize;
        boolean hasNext = !items.isEmpty() && (total == null
                ? items.size() >= effectiveSize
                : (long) pageNumber * effectiveSize < total);
        return new Page<>(items, pageNumber, pageSize,
                total == null ? OptionalLong.empty() : OptionalLong.of(total), hasNext);
    }
}
