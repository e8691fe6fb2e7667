package dev.estsdk.testkit.internal.sip;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * One project's changes on their way to the SIP edge, and the configuration that has reached it.
 * A change made at time {@code t} reaches the edge at {@code t + delay}. The log keeps only the
 * changes still inside that window, each as the keys it touched; older ones have been applied to
 * the edge's {@link SipView} replica. Publishing a change and answering a SIP check therefore cost
 * what changed, never the size of the project. Thread-safe.
 */
public final class PropagationLog {

    /** The kinds of configuration the edge reads. */
    public enum Kind {
        /** A trunk by id. */
        TRUNK,
        /** An endpoint by id. */
        ENDPOINT,
        /** An access control list by id. */
        ACL,
        /** A credential list by id. */
        CREDENTIAL_LIST,
        /** The ACL ids linked to a trunk, by trunk id. */
        ACL_LINKS,
        /** The credential-list ids linked to a trunk, by trunk id. */
        CREDENTIAL_LIST_LINKS,
        /** An owned number by E.164. */
        NUMBER,
        /** A country permission by ISO code. */
        COUNTRY,
        /** A call blocking rule by id. */
        BLOCKING_RULE
    }

    /**
     * One key's new value.
     *
     * @param kind what the key names
     * @param key the id (or number, or ISO code)
     * @param value the new immutable value, or null when removed
     */
    public record Delta(Kind kind, String key, Object value) {
    }

    /**
     * A change that has not reached the edge yet.
     *
     * @param madeAt when it was made
     * @param deltas the keys it touched
     */
    public record Change(Instant madeAt, List<Delta> deltas) {
    }

    private final Deque<Change> pending = new ArrayDeque<>();
    private final SipView edge = new SipView();

    /**
     * Records a change, and applies to the edge every change that is no longer inside the window.
     *
     * @param at when the change was made
     * @param deltas the keys it touched (nothing is recorded when empty)
     * @param horizon the current time minus the propagation delay
     */
    public synchronized void publish(Instant at, List<Delta> deltas, Instant horizon) {
        if (!deltas.isEmpty()) {
            Change last = pending.peekLast();
            // Keep the log ordered even if a caller's instant is a hair behind the previous one.
            Instant stamped = last != null && last.madeAt().isAfter(at) ? last.madeAt() : at;
            pending.addLast(new Change(stamped, List.copyOf(deltas)));
        }
        advanceTo(horizon);
    }

    /**
     * Reads the configuration the edge sees at an instant.
     *
     * @param instant the moment asked for (now minus the propagation delay); never earlier than
     *        one asked before, as the clock only moves forward
     * @param reader what to read; the view is valid only inside it
     * @param <T> the result type
     * @return the reader's result
     */
    public synchronized <T> T read(Instant instant, Function<SipView, T> reader) {
        advanceTo(instant);
        return reader.apply(edge);
    }

    /** @return the changes still inside the window, oldest first */
    public synchronized List<Change> pending() {
        return new ArrayList<>(pending);
    }

    private void advanceTo(Instant instant) {
        while (!pending.isEmpty() && !pending.peekFirst().madeAt().isAfter(instant)) {
            pending.removeFirst().deltas().forEach(edge::apply);
        }
    }
}
