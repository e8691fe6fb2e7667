package dev.estsdk.client.internal;

import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.model.Secret;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches the OAuth2 access token and hands out {@code Bearer} headers.
 *
 * <ul>
 *   <li>Refresh ahead: a token is renewed once {@code expires_in} minus a margin (10 % of the
 *       lifetime, at most 5 minutes) has passed on the injected clock; until it really expires,
 *       the caller that wins the refresh fetches while everyone else keeps using the old token,
 *       and a failed refresh keeps the old token in use.</li>
 *   <li>Single flight: without a valid token, callers queue on one lock and exactly one of them
 *       fetches; the rest take its result.</li>
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
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<Cached> current = new AtomicReference<>();
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
    public String authorization(Duration budget) {
        return "Bearer " + token(budget);
    }

    private String token(Duration budget) {
        Cached cached = current.get();
        Instant now = clock.instant();
        if (cached != null && cached.fresh(now)) {
            return cached.value();
        }
        if (cached != null && cached.valid(now)) {
            return refreshAhead(cached, budget);
        }
        return fetchBlocking(budget);
    }

    /** Inside the refresh window: one caller refreshes, nobody waits, failures keep the old token. */
    private String refreshAhead(Cached cached, Duration budget) {
        if (lock.tryLock()) {
            try {
                if (current.get() == cached && !throttled(clock.instant())) {
                    current.set(fetch(budget));
                }
            } catch (TokenFailure keepTheValidOne) {
                return cached.value();
            } finally {
                lock.unlock();
            }
        }
        Cached now = current.get();
        return now != null && now.valid(clock.instant()) ? now.value() : cached.value();
    }

    private String fetchBlocking(Duration budget) {
        try {
            if (!lock.tryLock(budget.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new TokenFailure("timed out waiting for an access token",
                        EstErrorDetails.builder().attempts(0).build(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenFailure("interrupted while waiting for an access token",
                    EstErrorDetails.builder().attempts(0).build(), e);
        }
        try {
            Instant now = clock.instant();
            Cached cached = current.get();
            if (cached != null && cached.valid(now)) {
                return cached.value();
            }
            Throttle t = throttle;
            if (t != null && now.isBefore(t.until())) {
                throw new TokenFailure(t.failure().getMessage(), t.failure().details().toBuilder()
                        .retryAfter(Duration.between(now, t.until())).build(), null);
            }
            Cached fresh = fetch(budget);
            current.set(fresh);
            return fresh.value();
        } finally {
            lock.unlock();
        }
    }

    private boolean throttled(Instant now) {
        Throttle t = throttle;
        return t != null && now.isBefore(t.until());
    }

    private Cached fetch(Duration budget) {
        try {
            TokenEndpoint.Token token = endpoint.fetch(budget);
            LOG.debug("Fetched an access token valid for {} s", token.ttl().toSeconds());
            throttle = null;
            Instant received = clock.instant();
            Duration margin = token.ttl().dividedBy(10);
            if (margin.compareTo(MAX_MARGIN) > 0) {
                margin = MAX_MARGIN;
            }
            return new Cached(token.value(), received.plus(token.ttl()).minus(margin), received.plus(token.ttl()));
        } catch (TokenFailure failure) {
            LOG.debug("Access token request failed: {}", failure.getMessage());
            if (failure.status() == 429 || failure.status() == 503) {
                failure.details().retryAfter().ifPresent(wait ->
                        throttle = new Throttle(clock.instant().plus(wait), failure));
            }
            throw failure;
        }
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
