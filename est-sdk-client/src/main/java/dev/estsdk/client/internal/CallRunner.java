package dev.estsdk.client.internal;

import feign.Request;
import java.util.function.Function;

/**
 * Runs one logical API call: validates nothing itself, but owns everything around the attempts
 * (request id, call deadline, retries with backoff, per-attempt timeouts, the attempt listener,
 * logging and mapping every failure to the {@code dev.estsdk.api.exception} tree).
 *
 * <p>Resource implementations call it with a function that makes one attempt through their Feign
 * proxy, passing on the {@link Request.Options} they are given (they carry the attempt's
 * timeout). The function may be invoked several times; it must not have side effects other than
 * the request itself.
 */
public interface CallRunner {

    /**
     * Runs the call.
     *
     * @param operation what is called, for retry classification, events and messages
     * @param attempt one attempt, given the options (timeouts) to use for it
     * @param <T> the decoded result
     * @return the decoded result of the successful attempt
     * @throws dev.estsdk.api.exception.EstException on any failure
     */
    <T> T execute(Operation operation, Function<Request.Options, T> attempt);
}
