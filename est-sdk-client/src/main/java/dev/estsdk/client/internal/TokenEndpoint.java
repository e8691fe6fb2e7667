package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.client.EstCredentials;
import dev.estsdk.core.internal.AttemptOptions;
import dev.estsdk.core.internal.JdkTransport;
import dev.estsdk.core.internal.RetryAfter;
import dev.estsdk.core.internal.TokenFailure;
import feign.Request;
import feign.Response;
import feign.Util;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One OAuth2 client-credentials request: {@code POST authUrl} with
 * {@code grant_type=client_credentials} and the key as HTTP Basic, answered by
 * {@code {"access_token","expires_in",...}}. It goes through the client's {@link JdkTransport},
 * so it is bounded by its budget and failed at once by {@code close()} like any attempt. Makes
 * exactly one HTTP request per call; waiting and retrying are the caller's business.
 */
final class TokenEndpoint {

    /** Used when the response has no usable {@code expires_in}. */
    static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    private static final byte[] BODY = "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8);

    private final JdkTransport transport;
    private final URI authUrl;
    private final String basic;
    private final Map<String, Collection<String>> headers;
    private final Duration connectTimeout;
    private final ObjectMapper mapper;
    private final Clock clock;

    TokenEndpoint(JdkTransport transport, URI authUrl, EstCredentials credentials, String userAgent,
                  Duration connectTimeout, ObjectMapper mapper, Clock clock) {
        this.transport = transport;
        this.authUrl = authUrl;
        this.basic = BasicAuthorizer.basic(credentials);
        this.headers = Map.of("Content-Type", List.of("application/x-www-form-urlencoded"),
                "Accept", List.of("application/json"), "User-Agent", List.of(userAgent));
        this.connectTimeout = connectTimeout;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A token and how long it lives from the moment it was received. */
    record Token(String value, Duration ttl) {
        @Override
        public String toString() {
            return "Token[***, ttl=" + ttl + "]";
        }
    }

    /**
     * Fetches a token.
     *
     * @param budget the longest the request may take
     * @return the token; fails with a {@link TokenFailure} carrying the endpoint's status and
     *         {@code Retry-After} when it failed
     */
    CompletableFuture<Token> fetch(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            return CompletableFuture.failedFuture(failure("no time left to fetch an access token", 0, null));
        }
        Request request = Request.create(Request.HttpMethod.POST, authUrl.toString(), headers, BODY,
                StandardCharsets.UTF_8, null);
        AttemptOptions options = new AttemptOptions(connectTimeout, budget, UUID.randomUUID().toString(), basic);
        CompletableFuture<Response> exchange;
        try {
            exchange = transport.execute(request, options, Optional.empty());
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
        }
        return exchange.handle((response, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                throw failure("access token request failed: " + describe(cause), 0, cause);
            }
            return read(response);
        });
    }

    private Token read(Response response) {
        int status = response.status();
        if (status != 200) {
            EstErrorDetails.Builder details = details(status);
            header(response, "Retry-After").flatMap(v -> RetryAfter.parse(v, clock.instant()))
                    .ifPresent(details::retryAfter);
            throw new TokenFailure("token endpoint answered " + status, details.build(), null);
        }
        try (InputStream in = response.body() == null ? InputStream.nullInputStream() : response.body().asInputStream()) {
            JsonNode json = mapper.readTree(Util.toByteArray(in));
            String value = json == null ? null : json.path("access_token").asText(null);
            if (value == null || value.isBlank() || value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw failure("token endpoint sent no usable access_token", status, null);
            }
            long seconds = json.path("expires_in").asLong(0);
            return new Token(value, seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_TTL);
        } catch (IOException e) {
            throw failure("token endpoint sent a response that is not JSON", status, null);
        }
    }

    private static Optional<String> header(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    private TokenFailure failure(String description, int status, Throwable cause) {
        return new TokenFailure(description, details(status).serverMessage(description).build(), cause);
    }

    private EstErrorDetails.Builder details(int status) {
        return EstErrorDetails.builder().method("POST").path(authUrl.getPath()).status(status).attempts(1);
    }

    private static String describe(Throwable cause) {
        return cause == null ? "unknown error" : cause.getClass().getSimpleName();
    }
}
