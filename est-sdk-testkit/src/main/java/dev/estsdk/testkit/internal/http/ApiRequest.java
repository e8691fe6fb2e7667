package dev.estsdk.testkit.internal.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One incoming HTTP request in the form the simulator works with: method, decoded path segments,
 * query parameters parsed from the raw query string, headers and body.
 */
public final class ApiRequest {

    private final String method;
    private final String path;
    private final List<String> segments;
    private final QueryParams query;
    private final Request raw;

    private ApiRequest(String method, String path, List<String> segments, QueryParams query, Request raw) {
        this.method = method;
        this.path = path;
        this.segments = segments;
        this.query = query;
        this.raw = raw;
    }

    /**
     * @param request the request WireMock received
     * @return the parsed request
     */
    public static ApiRequest of(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String rawQuery = q < 0 ? null : url.substring(q + 1);
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            segments.add(decodeSegment(s));
        }
        if (!segments.isEmpty() && segments.get(0).isEmpty()) {
            segments.remove(0);
        }
        return new ApiRequest(request.getMethod().value(), path, List.copyOf(segments), QueryParams.parse(rawQuery),
                request);
    }

    private static String decodeSegment(String s) {
        // In a path '+' is a literal plus (E.164 numbers), so protect it from form decoding.
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** @return the HTTP method, upper case */
    public String method() {
        return method;
    }

    /** @return the raw path, without the query string */
    public String path() {
        return path;
    }

    /** @return the decoded path segments (an empty last segment means a trailing slash) */
    public List<String> segments() {
        return segments;
    }

    /** @return the query parameters */
    public QueryParams query() {
        return query;
    }

    /**
     * @param name a header name, case-insensitive
     * @return the first value, or null
     */
    public String header(String name) {
        HttpHeader h = raw.header(name);
        return h != null && h.isPresent() ? h.firstValue() : null;
    }

    /** @return the request body, empty when none */
    public byte[] body() {
        byte[] b = raw.getBody();
        return b == null ? new byte[0] : b;
    }
}
