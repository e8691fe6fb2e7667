package dev.estsdk.micrometer;

import org.jspecify.annotations.Nullable;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallInfo;
import io.micrometer.observation.Observation;

import java.util.Objects;

/**
 * What an observation of one HTTP attempt sees: the call it belongs to, its number, and how it
 * ended once it has. Carries no identifier, header, body or secret.
 */
public final class EstAttemptContext extends Observation.Context {

    private final CallInfo call;
    private final int attempt;
    private volatile @Nullable AttemptEvent event;

    /**
     * A context for an attempt that is about to be sent.
     *
     * @param call    the call the attempt belongs to
     * @param attempt the attempt number within the call, starting at 1
     */
    public EstAttemptContext(CallInfo call, int attempt) {
        this.call = Objects.requireNonNull(call, "call");
        this.attempt = attempt;
    }

    /**
     * The call the attempt belongs to.
     *
     * @return the call, never null
     */
    public CallInfo call() {
        return call;
    }

    /**
     * The attempt number within the call.
     *
     * @return 1 for the first attempt
     */
    public int attempt() {
        return attempt;
    }

    /**
     * How the attempt ended.
     *
     * @return the end event, or null while the attempt runs
     */
    public @Nullable AttemptEvent event() {
        return event;
    }

    void ended(AttemptEvent value) {
        this.event = value;
    }
}
