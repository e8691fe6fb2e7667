package dev.estsdk.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.json.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code page} (1-based, default 1) and {@code size} query parameters of a list operation,
 * validated against the operation's default and maximum, and the list envelope built from them:
 * {@code {"<items>":[…],"totalItems":n,"pageNumber":p,"size":s,"pageSize":s}}. The page size goes out
 * under both names: the published spec calls it {@code size}, while Sinch's own mock server and its
 * official Node SDK use {@code pageSize} (the SDK's paginator reads nothing else).
 *
 * @param page the 1-based page number
 * @param size the page size
 */
public record PageRequest(int page, int size) {

    /** Default and maximum page size of the generic {@code Size} parameter. */
    public static final int DEFAULT_SIZE = 500;

    /**
     * @param query the query parameters
     * @param defaultSize size when none is given
     * @param maxSize largest size accepted
     * @return the validated request
     * @throws ApiException 400 when {@code page} or {@code size} is not a number in range
     */
    public static PageRequest from(QueryParams query, int defaultSize, int maxSize) {
        Violations v = new Violations();
        int page = number(query.first("page"), 1, "page", v);
        int size = number(query.first("size"), defaultSize, "size", v);
        if (page < 1) {
            v.add("page", "must be greater than or equal to 1");
        }
        if (size < 1 || size > maxSize) {
            v.add("size", "must be between 1 and " + maxSize);
        }
        v.throwIfAny();
        return new PageRequest(page, size);
    }

    /**
     * @param query the query parameters
     * @return the request with the generic default and maximum (500)
     */
    public static PageRequest from(QueryParams query) {
        return from(query, DEFAULT_SIZE, DEFAULT_SIZE);
    }

    private static int number(String text, int fallback, String name, Violations v) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            v.add(name, "must be an integer");
            return fallback;
        }
    }

    /**
     * @param itemsKey the resource-specific array key, e.g. {@code trunks}
     * @param all every matching item
     * @param render how to render one item
     * @param <T> the item type
     * @return the envelope holding the requested page
     */
    public <T> ObjectNode envelope(String itemsKey, List<T> all, Function<T, JsonNode> render) {
        return envelope(all, Map.of(itemsKey, render));
    }

    /**
     * The envelope with the page rendered under several keys at once, for an answer that the spec
     * and the official SDK read under different keys.
     *
     * @param all every matching item
     * @param renderers per array key, how to render one item (a {@code LinkedHashMap} keeps the order)
     * @param <T> the item type
     * @return the envelope holding the requested page under every key
     */
    public <T> ObjectNode envelope(List<T> all, Map<String, Function<T, JsonNode>> renderers) {
        ObjectNode out = Json.object();
        long from = (long) (page - 1) * size;
        long to = Math.min(all.size(), from + size);
        renderers.forEach((key, render) -> {
            ArrayNode items = out.putArray(key);
            for (long i = from; i < to; i++) {
                items.add(render.apply(all.get((int) i)));
            }
        });
        out.put("totalItems", all.size());
        out.put("pageNumber", page);
        out.put("size", size);
        out.put("pageSize", size);
        return out;
    }
}
