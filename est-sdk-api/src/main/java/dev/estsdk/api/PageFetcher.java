package dev.estsdk.api;

/**
 * Fetches one page of a listing; what a {@link PagedIterable} calls, once per page, as
 * iteration reaches it.
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * {@return the page; never null, empty beyond the end}
     * @param pageNumber the page to fetch, 1-based
     * @param pageSize   how many items a page holds
     */
    Page<T> fetch(int pageNumber, int pageSize);
}
