package dev.estsdk.twilio.internal;

import dev.estsdk.api.Page;
import dev.estsdk.api.PageFetcher;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twilio's cursor paging behind the SDK's page-numbered {@link PagedIterable}. Twilio hands out
 * the next page only as a link ({@code meta.next_page_url} in Trunking v1, {@code next_page_uri}
 * in the 2010 API) and refuses hand-made cursors, so page <i>n</i> + 1 can only be fetched with the
 * link page <i>n</i> returned. This fetcher remembers those links per page size: iteration
 * follows them one by one, and {@link PagedIterable#page(int)} for a page not reached yet walks
 * the links from the last known one. Twilio reports no totals, so pages carry none. A next link
 * that repeats the link of the page it came with, or of an earlier page, would page forever: it
 * fails the listing instead.
 *
 * <p>Thread-safe: listings may be iterated from several threads; each remembered link is the
 * one Twilio returned for that page.
 *
 * @param <T> the item type
 */
public final class LinkPager<T> implements PageFetcher<T> {

    /** Twilio's default page size. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The largest page size Twilio accepts. */
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * One page as the wire delivered it.
     *
     * @param items    the page's items
     * @param nextLink the link to the next page, or null (or empty) on the last page
     * @param <T>      the item type
     */
    public record LinkedPage<T>(List<T> items, String nextLink) {

        /**
         * Copies the items; an empty link becomes null.
         *
         * @param items    the items; null means none
         * @param nextLink the next link
         */
        public LinkedPage {
            items = items == null ? List.of() : List.copyOf(items);
            nextLink = nextLink == null || nextLink.isEmpty() ? null : nextLink;
        }
    }

    /**
     * Fetches pages from the wire.
     *
     * @param <T> the item type
     */
    public interface PageSource<T> {
        /**
         * Fetches the first page ({@code PageSize} only, as Twilio asks).
         *
         * @param pageSize 1 to {@value LinkPager#MAX_PAGE_SIZE}
         * @return the page
         */
        LinkedPage<T> first(int pageSize);

        /**
         * Follows a next link exactly as Twilio returned it.
         *
         * @param link the link
         * @return the page
         */
        LinkedPage<T> next(String link);
    }

    private final PageSource<T> source;
    /** Per page size: the link that fetches page n (n of 2 and more). */
    private final Map<Integer, Map<Integer, String>> links = new ConcurrentHashMap<>();

    private LinkPager(PageSource<T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A lazy listing over a page source, with Twilio's default and maximum page sizes.
     *
     * @param source fetches pages
     * @param <T>    the item type
     * @return the listing; nothing is fetched yet
     */
    public static <T> PagedIterable<T> listing(PageSource<T> source) {
        return PagedIterable.of(new LinkPager<>(source), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    @Override
    public Page<T> fetch(int pageNumber, int pageSize) {
        Map<Integer, String> known = links.computeIfAbsent(pageSize, size -> new ConcurrentHashMap<>());
        int from = pageNumber;
        while (from > 1 && !known.containsKey(from)) {
            from--;
        }
        LinkedPage<T> page = load(from, pageSize, known);
        for (int n = from; n < pageNumber; n++) {
            if (page.nextLink() == null) {
                return new Page<>(List.of(), pageNumber, pageSize, OptionalLong.empty(), false);
            }
            page = load(n + 1, pageSize, known);
        }
        return new Page<>(page.items(), pageNumber, pageSize, OptionalLong.empty(), page.nextLink() != null);
    }

    private LinkedPage<T> load(int pageNumber, int pageSize, Map<Integer, String> known) {
        LinkedPage<T> page = Objects.requireNonNull(pageNumber == 1 ? source.first(pageSize)
                : source.next(known.get(pageNumber)), "the page source returned null");
        remember(known, pageNumber, page.nextLink());
        return page;
    }

    /**
     * Remembers the link to page {@code pageNumber + 1}, unless it is the link of page
     * {@code pageNumber} or of an earlier one: following it would serve those pages again, and
     * again, without end.
     *
     * @throws EstClientException when the link repeats an earlier page's
     */
    static void remember(Map<Integer, String> known, int pageNumber, String nextLink) {
        if (nextLink == null) {
            return;
        }
        known.forEach((page, link) -> {
            if (page <= pageNumber && link.equals(nextLink)) {
                throw new EstClientException("the next-page link Twilio returned with page " + pageNumber
                        + " repeats the link of page " + page + "; paging stopped instead of looping",
                        EstErrorDetails.builder().build(), null);
            }
        });
        known.put(pageNumber + 1, nextLink);
    }
}
