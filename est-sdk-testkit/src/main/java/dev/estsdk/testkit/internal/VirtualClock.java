package dev.estsdk.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The simulator's clock: an initial instant plus whatever {@link #advance(Duration)} added, and,
 * when ticking, the real time elapsed since start (read from a nanosecond ticker, normally
 * {@link System#nanoTime()}). Token expiry, propagation and timestamps all read this clock, so
 * tests control time completely.
 *
 * <p>A ticking clock never goes backwards, not even on {@link #reset()}; a manual clock goes back
 * to its initial instant on reset, so every test that resets starts at the same time.
 */
public final class VirtualClock {

    private static final Duration STAMP_STEP = Duration.ofNanos(1_000);

    private final Instant initial;
    private final LongSupplier ticker;
    private final long realStartNanos;
    private Duration offset = Duration.ZERO;
    private Instant lastStamp;

    /**
     * @param initial the instant the clock starts at
     * @param ticker real time in nanoseconds (as {@link System#nanoTime()}) for a clock that also
     *     follows real time, or null for one that moves only when advanced
     */
    public VirtualClock(Instant initial, LongSupplier ticker) {
        this.initial = Objects.requireNonNull(initial, "initial").truncatedTo(ChronoUnit.MICROS);
        this.ticker = ticker;
        this.realStartNanos = ticker == null ? 0 : ticker.getAsLong();
    }

    /** @return the current simulator time */
    public synchronized Instant now() {
        Instant t = initial.plus(offset);
        if (ticker != null) {
            t = t.plusNanos(ticker.getAsLong() - realStartNanos).truncatedTo(ChronoUnit.MICROS);
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

    /**
     * Restores the clock for a simulator reset: a manual clock goes back to its initial instant; a
     * ticking clock keeps running where it is, because other processes read it as real time.
     *
     * @return how far the clock went back (zero for a ticking clock)
     */
    public synchronized Duration reset() {
        if (ticker != null) {
            return Duration.ZERO;
        }
        Duration rewound = offset;
        offset = Duration.ZERO;
        lastStamp = null;
        return rewound;
    }
}
