package dev.estsdk.api;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a paged listing: its items and where it stands in the whole.
 * @param items      the items of this page, in server order; never null, unmodifiable
 * @param pageNumber the page's number, 1-based
 * @param pageSize   the page size that was requested
 * @param totalItems how many items the whole listing has, when the server said so
 * @param hasNext    whether a further page may hold items
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, int pageNumber, int pageSize, OptionalLong totalItems, boolean hasNext) {

    /**
     * Creates a page; a null item list or total means none or unknown.
     * @param items      the items; copied
     * @param pageNumber the page's number, 1-based
     * @param pageSize   the requested page size
     * @param totalItems the total, or null when unknown
     * @param hasNext    whether a further page may hold items
     */
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        totalItems = totalItems == null ? OptionalLong.empty() : totalItems;
    }

    /**
     * Creates a page of a listing whose total is known; {@code hasNext} is
     * {@code pageNumber * pageSize < totalItems}.
     * @param items      the items of this page
     * @param pageNumber the page's number, 1-based
     * @param pageSize   the requested page size
     * @param totalItems how many items the whole listing has
     * @param <T>        the item type
     * @return the page
     */
    public static <T> Page<T> of(@Nullable List<T> items, int pageNumber, int pageSize, long totalItems) {
        return new Page<>(items, pageNumber, pageSize, OptionalLong.of(totalItems),
                (long) pageNumber * pageSize < totalItems);
    }

    @Override
    public String toString() {
        return "Page[pageNumber=" + pageNumber + ", pageSize=" + pageSize + ", totalItems="
                + (totalItems.isPresent() ? String.valueOf(totalItems.getAsLong()) : "unknown") + ", hasNext=" + hasNext
                + ", items=" + items + "]";
    }
}
