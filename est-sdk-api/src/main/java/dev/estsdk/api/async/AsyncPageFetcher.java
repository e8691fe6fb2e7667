package dev.estsdk.api.async;

import dev.estsdk.api.Page;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches one page of a listing without blocking the calling thread.
 * @param <T> the item type
 */
@FunctionalInterface
public interface AsyncPageFetcher<T> {

    /**
     * {@return a future of the page; never completed with null}
     * @param pageNumber the 1-based page
     * @param pageSize   the page size
     */
    CompletableFuture<Page<T>> fetch(int pageNumber, int pageSize);
}
