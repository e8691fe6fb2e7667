package dev.estsdk.twilio.internal;

import dev.estsdk.api.Page;
import dev.estsdk.api.async.AsyncPageFetcher;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LinkPager}'s cursor paging without blocking: page <i>n</i> + 1 is fetched with the link
 * page <i>n</i> returned, the links are remembered per page size, and a page not reached yet is
 * walked to from the last known link, each step starting when the previous one completed. A next
 * link that repeats an earlier page's fails the listing instead of paging forever.
 *
 * @param <T> the item type
 */
final class AsyncLinkPager<T> implements AsyncPageFetcher<T> {

    /**
     * Fetches pages from the wire without blocking.
     *
     * @param <T> the item type
     */
    interface AsyncPageSource<T> {
        /** The first page, asked for with {@code PageSize} only. */
        CompletableFuture<LinkPager.LinkedPage<T>> first(int pageSize);

        /** The page behind a next link exactly as Twilio returned it. */
        CompletableFuture<LinkPager.LinkedPage<T>> next(String link);
    }

    private final AsyncPageSource<T> source;
    private final Map<Integer, Map<Integer, String>> links = new ConcurrentHashMap<>();

    AsyncLinkPager(AsyncPageSource<T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public CompletableFuture<Page<T>> fetch(int pageNumber, int pageSize) {
        Map<Integer, String> known = links.computeIfAbsent(pageSize, size -> new ConcurrentHashMap<>());
        int from = pageNumber;
        while (from > 1 && !known.containsKey(from)) {
            from--;
        }
        return walk(from, pageNumber, pageSize, known);
    }

    private CompletableFuture<Page<T>> walk(int current, int target, int pageSize, Map<Integer, String> known) {
        CompletableFuture<LinkPager.LinkedPage<T>> loading = current == 1 ? source.first(pageSize)
                : source.next(known.get(current));
        return TwilioCalls.linked(loading, loading.thenCompose(page -> {
            Objects.requireNonNull(page, "the page source returned null");
            LinkPager.remember(known, current, page.nextLink());
            if (current == target) {
                return CompletableFuture.completedFuture(new Page<>(page.items(), target, pageSize,
                        OptionalLong.empty(), page.nextLink() != null));
            }
            if (page.nextLink() == null) {
                return CompletableFuture.completedFuture(new Page<T>(List.of(), target, pageSize,
                        OptionalLong.empty(), false));
            }
            return walk(current + 1, target, pageSize, known);
        }));
    }
}
