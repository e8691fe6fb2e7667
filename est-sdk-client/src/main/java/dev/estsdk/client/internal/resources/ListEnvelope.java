package dev.estsdk.client.internal.resources;

import java.util.List;

/**
 * The body of one page of a paged listing: the items under the resource's key plus
 * {@code totalItems}, {@code pageNumber} and the page size, under {@code size} (the published
 * spec), {@code pageSize} (Sinch's own SDK and mock server) or both. Each listing declares a record
 * implementing this with its own items key; every paging field may be missing or a numeric string.
 *
 * @param <D> the wire type of an item
 */
interface ListEnvelope<D> {

    /**
     * The items of the page.
     *
     * @return the items; null when the server left the key out (an empty page)
     */
    List<D> items();

    /**
     * How many items the whole listing has.
     *
     * @return the total, or null when the server did not say
     */
    Long totalItems();

    /**
     * The page the server says it returned.
     *
     * @return the 1-based number, or null
     */
    Integer pageNumber();

    /**
     * The page size under {@code size}.
     *
     * @return the size, or null
     */
    Integer size();

    /**
     * The page size under {@code pageSize}.
     *
     * @return the size, or null
     */
    Integer pageSize();

    /**
     * The page size the server says it used, whichever key carried it.
     *
     * @return {@code size}, else {@code pageSize}, else null
     */
    default Integer reportedPageSize() {
        return size() != null ? size() : pageSize();
    }
}
