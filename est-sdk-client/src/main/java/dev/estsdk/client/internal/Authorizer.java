package dev.estsdk.client.internal;

import dev.estsdk.api.model.Secret;

import java.time.Duration;
import java.util.Collection;

/** Produces the {@code Authorization} header of each request. Implementations are thread-safe. */
interface Authorizer {

    /**
     * The header value for the next request.
     *
     * @param budget how long getting it may take (an OAuth token fetch)
     * @return e.g. {@code Bearer eyJ...} or {@code Basic a2V5...}
     * @throws TokenFailure when no token could be obtained
     */
    String authorization(Duration budget);

    /**
     * The API answered 401 to a request that carried {@code authorization}: forget it if it is
     * still the current one, so that the replay gets a fresh one.
     *
     * @param authorization the header value the refused request carried
     * @return true when a replay may succeed (a new token will be fetched), false when it cannot
     */
    boolean rejected(String authorization);

    /**
     * The secrets this authorizer holds (key secret, current token), to redact from error text.
     *
     * @return the secrets
     */
    Collection<Secret> secrets();
}
