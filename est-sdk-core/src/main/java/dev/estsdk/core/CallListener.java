package dev.estsdk.core;

/**
 * Sees every API call a client makes, for metrics and tracing; the SDK itself depends on no
 * metrics library. {@link #callStarted(CallInfo)} is called once per call, on the thread that
 * starts it, and returns the {@link CallObserver} that then sees the call's attempts and its end.
 *
 * <p>Events carry no header, body, identifier or secret: paths are templates
 * ({@code /v1/projects/{projectId}/trunks/{sipTrunkId}}). Implementations must be thread-safe
 * and quick: the observer's methods may run on the client's I/O threads. An exception thrown by a
 * listener or an observer is logged and ignored; it never breaks the call.
 */
@FunctionalInterface
public interface CallListener {

    /** A listener that observes nothing. */
    CallListener NONE = call -> CallObserver.NONE;

    /**
     * A call starts.
     *
     * @param call what is called
     * @return the observer of this call; {@link CallObserver#NONE} to ignore it
     */
    CallObserver callStarted(CallInfo call);
}
