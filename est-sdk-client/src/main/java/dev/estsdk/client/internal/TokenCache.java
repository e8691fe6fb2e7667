package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.model.Secret;
import dev.estsdk.core.internal.Authorizer;
import dev.estsdk.core.internal.TokenFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Caches the OAuth2 access token and hands out {@code Bearer} headers, without blocking a thread.
 *
 * <ul>
 *   <li>Refresh ahead: a token is renewed once {@code expires_in} minus a margin (10 % of the
 *       lifetime, at most 5 minutes) has passed on the injected clock; until it really expires,
 *       the caller that starts the refresh waits for it while everyone else keeps using the old
 *       token, and a failed refresh keeps the old token in use.</li>
 *   <li>Single flight: without a valid token, every caller waits on the one fetch in flight (each
 *       for at most its own budget); exactly one request goes to the token endpoint.</li>
 *   <li>A 401 from the API drops the token it carried, only if it is still the cached one (a
 *       concurrent refresh may already have replaced it).</li>
 *   <li>429 or 503 from the token endpoint: until its {@code Retry-After} has passed, callers
 *       without a valid token fail at once instead of asking again.</li>
 * </ul>
 */
final class TokenCache implements Authorizer {

    private static final Logger LOG = LoggerFactory.getLogger("dev.estsdk.client.auth");
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    private final TokenEndpoint endpoint;
    private final Clock clock;
    private final Secret keySecret;
    private final AtomicReference<Cached> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Cached>> inFlight = new AtomicReference<>();
    private volatile Throttle throttle;

    TokenCache(TokenEndpoint endpoint, Clock clock, Secret keySecret) {
        this.endpoint = endpoint;
        this.clock = clock;
        this.keySecret = keySecret;
    }

    private record Cached(String value, Instant refreshAt, Instant expiresAt) {
        boolean valid(Instant now) {
            return now.isBefore(expiresAt);
        }

        boolean fresh(Instant now) {
            return now.isBefore(refreshAt);
        }

        @Override
        public String toString() {
            return "Cached[***, refreshAt=" + refreshAt + ", expiresAt=" + expiresAt + "]";
        }
    }

    private record Throttle(Instant until, TokenFailure failure) {
    }

    @Override
    public CompletableFuture<String> authorization(Duration budget) {
        return token(budget).thenApply(value -> "Bearer " + value);
    }

    private CompletableFuture<String> token(Duration budget) {
        Instant now = clock.instant();
        Cached cached = current.get();
        if (cached != null && cached.fresh(now)) {
            return CompletableFuture.completedFuture(cached.value());
        }
        if (cached != null && cached.valid(now)) {
            CompletableFuture<Cached> refresh = throttled(now) ? null : begin(budget, false);
            return refresh == null ? CompletableFuture.completedFuture(cached.value())
                    : refresh.handle((fresh, failure) -> fresh != null ? fresh.value() : cached.value());
        }
        Throttle t = throttle;
        if (t != null && now.isBefore(t.until())) {
            return CompletableFuture.failedFuture(new TokenFailure(t.failure().getMessage(), t.failure().details()
                    .toBuilder().retryAfter(Duration.between(now, t.until())).build(), null));
        }
        return within(begin(budget, true), budget).thenApply(Cached::value);
    }

    /**
     * Starts the one fetch, or joins the one in flight.
     *
     * @param joinExisting whether to return a fetch another caller started (else null)
     */
    private CompletableFuture<Cached> begin(Duration budget, boolean joinExisting) {
        CompletableFuture<Cached> mine = new CompletableFuture<>();
        CompletableFuture<Cached> existing = inFlight.compareAndExchange(null, mine);
        if (existing != null) {
            return joinExisting ? existing : null;
        }
        endpoint.fetch(budget).whenComplete((token, error) -> {
            if (error == null) {
                Cached fresh = cache(token);
                current.set(fresh);
                throttle = null;
                inFlight.set(null);
                mine.complete(fresh);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                TokenFailure failure = cause instanceof TokenFailure tokenFailure ? tokenFailure
                        : new TokenFailure("access token request failed", EstErrorDetails.builder().build(), cause);
                LOG.debug("Access token request failed: {}", failure.getMessage());
                if (failure.status() == 429 || failure.status() == 503) {
                    failure.details().retryAfter().ifPresent(wait ->
                            throttle = new Throttle(clock.instant().plus(wait), failure));
                }
                inFlight.set(null);
                mine.completeExceptionally(failure);
            }
        });
        return mine;
    }

    /** Waits for a shared fetch for at most this caller's budget. */
    private static CompletableFuture<Cached> within(CompletableFuture<Cached> fetch, Duration budget) {
        return fetch.copy().orTimeout(budget.toNanos(), TimeUnit.NANOSECONDS).handle((cached, error) -> {
            if (error == null) {
                return cached;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof TimeoutException) {
                throw new TokenFailure("timed out waiting for an access token",
                        EstErrorDetails.builder().attempts(0).build(), null);
            }
            throw cause instanceof TokenFailure failure ? failure : new CompletionException(cause);
        });
    }

    private Cached cache(TokenEndpoint.Token token) {
        LOG.debug("Fetched an access token valid for {} s", token.ttl().toSeconds());
        Instant received = clock.instant();
        Duration margin = token.ttl().dividedBy(10);
        if (margin.compareTo(MAX_MARGIN) > 0) {
            margin = MAX_MARGIN;
        }
        return new Cached(token.value(), received.plus(token.ttl()).minus(margin), received.plus(token.ttl()));
    }

    private boolean throttled(Instant now) {
        Throttle t = throttle;
        return t != null && now.isBefore(t.until());
    }

    @Override
    public boolean rejected(String authorization) {
        Cached cached = current.get();
        if (cached != null && authorization != null && authorization.equals("Bearer " + cached.value())) {
            current.compareAndSet(cached, null);
        }
        return true;
    }

    @Override
    public Collection<Secret> secrets() {
        List<Secret> secrets = new ArrayList<>(2);
        secrets.add(keySecret);
        Cached cached = current.get();
        if (cached != null) {
            secrets.add(Secret.of(cached.value()));
        }
        return secrets;
    }

    @Override
    public String toString() {
        return "TokenCache[***]";
    }
}
