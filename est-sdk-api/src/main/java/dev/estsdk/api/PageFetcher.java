package dev.estsdk.api;

/**
 * Fetches one page of a listing; what a {@link PagedIterable} calls, once per page, as
 * iteration reaches it.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * Fetches one page.
     *
     * @param pageNumber the page to fetch, 1-based
     * @param pageSize   how many items a page holds
     * @return the page; never null (an empty page for one beyond the end)
     * @throws dev.estsdk.api.exception.EstException if the page cannot be fetched
     */
    Page<T> fetch(int pageNumber, int pageSize);
}
