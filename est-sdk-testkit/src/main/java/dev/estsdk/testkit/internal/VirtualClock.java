package dev.estsdk.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The simulator's clock: an initial instant plus whatever {@link #advance(Duration)} added, and,
 * when ticking, the real time elapsed since start. Token expiry, propagation and timestamps all
 * read this clock, so tests control time completely.
 */
public final class VirtualClock {

    private static final Duration STAMP_STEP = Duration.ofNanos(1_000);

    private final Instant initial;
    private final boolean ticking;
    private long realStartNanos;
    private Duration offset = Duration.ZERO;
    private Instant lastStamp;

    /**
     * @param initial the instant the clock starts at
     * @param ticking whether the clock also follows real elapsed time
     */
    public VirtualClock(Instant initial, boolean ticking) {
        this.initial = Objects.requireNonNull(initial, "initial").truncatedTo(ChronoUnit.MICROS);
        this.ticking = ticking;
        this.realStartNanos = System.nanoTime();
    }

    /** @return the current simulator time */
    public synchronized Instant now() {
        Instant t = initial.plus(offset);
        if (ticking) {
            t = t.plusNanos(System.nanoTime() - realStartNanos).truncatedTo(ChronoUnit.MICROS);
        }
        return t;
    }

    /**
     * Moves the clock forward.
     *
     * @param amount a non-negative duration
     */
    public synchronized void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative (was " + amount + ")");
        }
        offset = offset.plus(amount);
    }

    /**
     * A timestamp for a resource change: the current time, moved one microsecond past the previous
     * stamp when the clock has not moved, so that successive changes always get distinct,
     * increasing {@code createTime}/{@code updateTime} values (as on the real service).
     *
     * @return a strictly increasing instant
     */
    public synchronized Instant stamp() {
        Instant t = now();
        if (lastStamp != null && !t.isAfter(lastStamp)) {
            t = lastStamp.plus(STAMP_STEP);
        }
        lastStamp = t;
        return t;
    }

    /** Puts the clock back to its initial instant. */
    public synchronized void reset() {
        offset = Duration.ZERO;
        lastStamp = null;
        realStartNanos = System.nanoTime();
    }
}
