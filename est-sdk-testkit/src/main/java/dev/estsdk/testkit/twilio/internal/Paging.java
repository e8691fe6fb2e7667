package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.http.QueryParams;
import dev.estsdk.testkit.internal.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Twilio's paging: {@code PageSize} (1 to 1000, default 50), {@code Page} (echoed) and an opaque
 * {@code PageToken} that only the simulator issues, inside the next and previous links. A token
 * the simulator did not issue for that list fails with 400 / 21481, as hand-made tokens do on
 * Twilio. Trunking v1 answers with a {@code meta} object and absolute URLs; the 2010 API with a
 * flat envelope and relative URIs.
 */
public final class Paging {

    /** Page size when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 1000;

    private record Cursor(String path, int offset) {
    }

    /** Tokens kept at most; the oldest are forgotten first, so a long-running standalone simulator stays small. */
    static final int MAX_TOKENS = 10_000;

    private final Sids sids = new Sids();
    private final Map<String, Cursor> tokens = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    /** Forgets every issued token. */
    public synchronized void clear() {
        tokens.clear();
    }

    private synchronized String issue(String path, int offset) {
        String token = "PA" + sids.next("").substring(0, 32);
        tokens.put(token, new Cursor(path, offset));
        return token;
    }

    private synchronized Cursor cursor(String path, String token) {
        Cursor c = tokens.get(token);
        if (c == null || !c.path().equals(path)) {
            throw new TwilioError(400, TwilioError.INVALID_PAGE_TOKEN, "Invalid PageToken " + token);
        }
        return c;
    }

    /**
     * One page of a list.
     *
     * @param path the list's path, e.g. {@code /v1/Trunks}
     * @param query the request's query
     * @param items every item of the list, rendered
     * @param key the record array's name, e.g. {@code trunks}
     * @param filters query parameters to carry into the links (e.g. {@code PhoneNumber})
     * @param views for the absolute base URL
     * @return the v1 or 2010 envelope (2010 when the path starts with {@code /2010-04-01})
     * @throws TwilioError for a bad page size or token
     */
    public ObjectNode page(String path, QueryParams query, List<? extends JsonNode> items, String key,
            Map<String, String> filters, Views views) {
        int size = pageSize(query.first("PageSize"));
        String token = query.first("PageToken");
        int offset = token == null ? 0 : cursor(path, token).offset();
        int page = token == null ? 0 : Math.max(0, integer("Page", query.first("Page"), 0));
        int from = Math.min(offset, items.size());
        int to = Math.min(from + size, items.size());
        String self = link(path, filters, size, page, token);
        String first = link(path, filters, size, 0, null);
        String next = to < items.size() ? link(path, filters, size, page + 1, issue(path, to)) : null;
        String previous = from > 0 ? link(path, filters, size, Math.max(0, page - 1),
                issue(path, Math.max(0, from - size))) : null;
        ObjectNode o = Json.object();
        ArrayNode array = o.putArray(key);
        items.subList(from, to).forEach(array::add);
        if (path.startsWith("/2010-04-01")) {
            o.put("first_page_uri", first);
            o.put("next_page_uri", next);
            o.put("previous_page_uri", previous);
            o.put("uri", self);
            o.put("page", page);
            o.put("page_size", size);
            o.put("start", from);
            o.put("end", to == from ? from : to - 1);
        } else {
            String base = views.base();
            ObjectNode meta = o.putObject("meta");
            meta.put("page", page);
            meta.put("page_size", size);
            meta.put("first_page_url", base + first);
            meta.put("previous_page_url", previous == null ? null : base + previous);
            meta.put("url", base + self);
            meta.put("next_page_url", next == null ? null : base + next);
            meta.put("key", key);
        }
        return o;
    }

    private static int pageSize(String raw) {
        int size = integer("PageSize", raw, DEFAULT_PAGE_SIZE);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw TwilioError.invalid("PageSize must be between 1 and " + MAX_PAGE_SIZE + " (was " + size + ")");
        }
        return size;
    }

    private static int integer(String name, String raw, int fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw TwilioError.invalid(name + " must be an integer");
        }
    }

    private static String link(String path, Map<String, String> filters, int size, int page, String token) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        params.put("PageSize", String.valueOf(size));
        params.put("Page", String.valueOf(page));
        if (token != null) {
            params.put("PageToken", token);
        }
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }
}
