package dev.estsdk.core.internal;

import dev.estsdk.api.model.Secret;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * A carrier's authentication scheme: produces the {@code Authorization} header of each attempt.
 * Implementations are thread-safe and never block the calling thread.
 */
public interface Authorizer {

    /**
     * The header value for the next attempt.
     *
     * @param budget how long getting it may take (e.g. an OAuth2 token fetch)
     * @return a future of e.g. {@code Bearer eyJ...} or {@code Basic a2V5...}; it fails with a
     *         {@link TokenFailure} when no credential could be obtained
     */
    CompletableFuture<String> authorization(Duration budget);

    /**
     * The API answered 401 to an attempt that carried {@code authorization}: forget it if it is
     * still the current one, so that the replay gets a fresh one.
     *
     * @param authorization the header value the refused attempt carried
     * @return true when a replay may succeed (a new credential will be fetched), false when it cannot
     */
    boolean rejected(String authorization);

    /**
     * The secrets this authorizer holds (key secret, current token), to redact from error text.
     *
     * @return the secrets
     */
    Collection<Secret> secrets();
}
