package dev.estsdk.micrometer;

import org.jspecify.annotations.Nullable;
import dev.estsdk.core.CallEvent;
import dev.estsdk.core.CallInfo;
import io.micrometer.observation.Observation;

import java.util.Objects;

/**
 * What an observation of one whole call sees: the call before it starts, and how it ended once
 * it has. Carries no identifier, header, body or secret.
 */
public final class EstCallContext extends Observation.Context {

    private final CallInfo call;
    private volatile @Nullable CallEvent event;

    /**
     * A context for a call that is about to start.
     *
     * @param call what is called
     */
    public EstCallContext(CallInfo call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /**
     * What is called.
     *
     * @return the call, never null
     */
    public CallInfo call() {
        return call;
    }

    /**
     * How the call ended.
     *
     * @return the end event, or null while the call runs
     */
    public @Nullable CallEvent event() {
        return event;
    }

    void ended(CallEvent value) {
        this.event = value;
    }
}
