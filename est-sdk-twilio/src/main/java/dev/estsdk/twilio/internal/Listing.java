package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.core.internal.AttemptOptions;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.core.internal.Pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One Twilio listing, followed lazily: the first page asked for with {@code PageSize} (and the
 * listing's filters), every later one with the query of the link the previous page returned.
 * A link is followed on the client's own base URL and only when its path is the listing's own,
 * so a link can neither send the credentials to another host nor reach another resource.
 * {@link #async()} pages without blocking ({@link AsyncLinkPager}), {@link #sync()} through
 * {@link LinkPager}, each page one call on the pipeline.
 *
 * @param <T> the item type
 */
final class Listing<T> {

    /** One attempt at one page, with the query already encoded. */
    @FunctionalInterface
    interface PageCall {
        CompletableFuture<JsonNode> fetch(Map<String, String> query, AttemptOptions options);
    }

    private final TwilioCalls calls;
    private final Operation operation;
    private final String path;
    private final PageCall call;
    private final String key;
    private final Function<JsonNode, T> toModel;
    private final Map<String, String> filters;

    /**
     * @param calls     starts each page's call
     * @param operation the listing operation
     * @param path      the listing's concrete path, e.g. {@code /v1/Trunks/TK…/OriginationUrls}
     * @param call      fetches one page
     * @param key       the JSON key of the records, e.g. {@code origination_urls}
     * @param toModel   maps one record
     * @param filters   query filters of the first page, not encoded yet
     */
    Listing(TwilioCalls calls, Operation operation, String path, PageCall call, String key,
            Function<JsonNode, T> toModel, Map<String, String> filters) {
        this.calls = calls;
        this.operation = operation;
        this.path = path;
        this.call = call;
        this.key = key;
        this.toModel = toModel;
        this.filters = Map.copyOf(filters);
    }

    AsyncPagedIterable<T> async() {
        return AsyncPagedIterable.of(new AsyncLinkPager<>(new AsyncLinkPager.AsyncPageSource<T>() {
            @Override
            public CompletableFuture<LinkPager.LinkedPage<T>> first(int pageSize) {
                return Listing.this.first(pageSize);
            }

            @Override
            public CompletableFuture<LinkPager.LinkedPage<T>> next(String link) {
                return Listing.this.next(link);
            }
        }), LinkPager.DEFAULT_PAGE_SIZE, LinkPager.MAX_PAGE_SIZE);
    }

    PagedIterable<T> sync() {
        return LinkPager.listing(new LinkPager.PageSource<T>() {
            @Override
            public LinkPager.LinkedPage<T> first(int pageSize) {
                return Pipeline.await(Listing.this.first(pageSize));
            }

            @Override
            public LinkPager.LinkedPage<T> next(String link) {
                return Pipeline.await(Listing.this.next(link));
            }
        });
    }

    /**
     * The first item that matches, page after page, stopping at the first match. Cancelling the
     * result cancels the page in flight and fetches no further page (a listing's
     * {@code toList()} cannot: its pages are not linked to the list's future).
     */
    CompletableFuture<Optional<T>> findFirst(Predicate<? super T> match) {
        CompletableFuture<Optional<T>> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        result.whenComplete((value, failure) -> {
            CompletableFuture<?> page = inFlight.get();
            if (result.isCancelled() && page != null) {
                page.cancel(true);
            }
        });
        step(first(LinkPager.DEFAULT_PAGE_SIZE), 1, new ConcurrentHashMap<>(), match, result, inFlight);
        return result;
    }

    private void step(CompletableFuture<LinkPager.LinkedPage<T>> loading, int pageNumber, Map<Integer, String> known,
                      Predicate<? super T> match, CompletableFuture<Optional<T>> result,
                      AtomicReference<CompletableFuture<?>> inFlight) {
        inFlight.set(loading);
        if (result.isCancelled()) {
            loading.cancel(true);
            return;
        }
        loading.whenComplete((page, failure) -> {
            if (result.isDone()) {
                return;
            }
            if (failure != null) {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
                return;
            }
            try {
                Optional<T> found = page.items().stream().filter(match).findFirst();
                if (found.isPresent() || page.nextLink() == null) {
                    result.complete(found);
                    return;
                }
                LinkPager.remember(known, pageNumber, page.nextLink());
                step(next(page.nextLink()), pageNumber + 1, known, match, result, inFlight);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private CompletableFuture<LinkPager.LinkedPage<T>> first(int pageSize) {
        Map<String, String> query = new LinkedHashMap<>();
        filters.forEach((name, value) -> query.put(encode(name), encode(value)));
        query.put("PageSize", String.valueOf(pageSize));
        return page(query);
    }

    private CompletableFuture<LinkPager.LinkedPage<T>> next(String link) {
        Map<String, String> query;
        try {
            query = queryOf(link);
        } catch (EstClientException e) {
            return CompletableFuture.failedFuture(e);
        }
        return page(query);
    }

    private CompletableFuture<LinkPager.LinkedPage<T>> page(Map<String, String> query) {
        return calls.fetch(operation, options -> call.fetch(query, options),
                envelope -> TwilioWire.page(envelope, key, toModel));
    }

    /** The link's query, re-encoded, when its path is this listing's. */
    private Map<String, String> queryOf(String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        if (uri.getRawPath() == null || !uri.getRawPath().endsWith(path)) {
            throw refused("points outside the listing " + operation.pathTemplate());
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.put(encode(name), encode(value));
            }
        }
        return query;
    }

    private EstClientException refused(String why) {
        return new EstClientException("the next-page link Twilio returned " + why + "; it was not followed",
                EstErrorDetails.builder().method(operation.method()).path(path).build(), null);
    }

    private String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused("has a malformed query");
        }
    }

    /** Percent-encodes every byte that is not RFC 3986 unreserved, so {@code +} travels as {@code %2B}. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
