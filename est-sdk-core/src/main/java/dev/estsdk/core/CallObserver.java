package dev.estsdk.core;

/**
 * Sees the attempts and the end of one call; returned by {@link CallListener#callStarted(CallInfo)}.
 * For each attempt, {@link #attemptStarted(int)} comes before its {@link #attemptEnded(AttemptEvent)};
 * {@link #callEnded(CallEvent)} comes last, exactly once. Every method has an empty default.
 */
public interface CallObserver {

    /** An observer that ignores everything. */
    CallObserver NONE = new CallObserver() {
    };

    /**
     * An attempt is about to be sent (after any wait before it).
     *
     * @param attempt the attempt number within the call, starting at 1
     */
    default void attemptStarted(int attempt) {
    }

    /**
     * An attempt ended.
     *
     * @param event how it ended and whether the client will try again
     */
    default void attemptEnded(AttemptEvent event) {
    }

    /**
     * The call ended: its result or exception is about to be handed to the caller.
     *
     * @param event how the call ended
     */
    default void callEnded(CallEvent event) {
    }
}
