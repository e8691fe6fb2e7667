package dev.estsdk.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.client.EstCredentials;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One OAuth2 client-credentials request: {@code POST authUrl} with
 * {@code grant_type=client_credentials} and the key as HTTP Basic, answered by
 * {@code {"access_token","expires_in",...}}. Makes exactly one HTTP request per call; waiting and
 * retrying are the caller's business.
 */
final class TokenEndpoint {

    /** Used when the response has no usable {@code expires_in}. */
    static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    private final HttpClient http;
    private final URI authUrl;
    private final String basic;
    private final String userAgent;
    private final ObjectMapper mapper;
    private final Clock clock;

    TokenEndpoint(HttpClient http, URI authUrl, EstCredentials credentials, String userAgent, ObjectMapper mapper,
                  Clock clock) {
        this.http = http;
        this.authUrl = authUrl;
        this.basic = BasicAuthorizer.basic(credentials);
        this.userAgent = userAgent;
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
     * @return the token
     * @throws TokenFailure with the endpoint's status and {@code Retry-After} when it failed
     */
    Token fetch(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw failure("no time left to fetch an access token", 0, null);
        }
        HttpRequest request = HttpRequest.newBuilder(authUrl)
                .timeout(budget)
                .header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = pending.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw failure("access token request timed out after " + budget.toMillis() + " ms", 0, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw failure("interrupted while fetching an access token", 0, e);
        } catch (ExecutionException e) {
            throw failure("access token request failed: " + describe(e.getCause()), 0, e.getCause());
        }
        return read(response);
    }

    private Token read(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status != 200) {
            EstErrorDetails.Builder details = details(status);
            response.headers().firstValue("Retry-After").flatMap(v -> RetryAfter.parse(v, clock.instant()))
                    .ifPresent(details::retryAfter);
            throw new TokenFailure("token endpoint answered " + status, details.build(), null);
        }
        try {
            JsonNode json = mapper.readTree(new String(response.body(), StandardCharsets.UTF_8));
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
