package dev.estsdk.client;

/**
 * Receives one {@link AttemptEvent} per HTTP attempt, on the calling thread, right after the
 * attempt ended. Use it to feed metrics or tracing; the SDK depends on no metrics library.
 *
 * <p>Implementations must be thread-safe and quick. An exception thrown by the listener is
 * logged and ignored: it never breaks the call.
 */
@FunctionalInterface
public interface AttemptListener {

    /**
     * Called after every attempt.
     *
     * @param event what happened
     */
    void onAttempt(AttemptEvent event);
}
