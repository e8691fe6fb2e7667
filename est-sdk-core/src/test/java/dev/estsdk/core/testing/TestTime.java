package dev.estsdk.core.testing;

import dev.estsdk.api.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test time: a clock that moves with real time (so real I/O counts against deadlines) plus every
 * virtual sleep and every explicit {@link #advance(Duration)}, and a sleeper that returns at once
 * and records what it was asked to wait.
 */
public final class TestTime extends Clock implements Sleeper {

    private final Instant origin;
    private final long startNanos = System.nanoTime();
    private final AtomicLong virtualNanos = new AtomicLong();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile Runnable onSleep = () -> { };

    public TestTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public TestTime(Instant origin) {
        this.origin = origin;
    }

    @Override
    public void sleep(Duration duration) {
        onSleep.run();
        sleeps.add(duration);
        virtualNanos.addAndGet(duration.toNanos());
    }

    /** Runs {@code action} at the start of every sleep, e.g. to start a server while the client waits. */
    public void onSleep(Runnable action) {
        this.onSleep = action;
    }

    /** Moves the clock forward without a recorded sleep. */
    public void advance(Duration duration) {
        virtualNanos.addAndGet(duration.toNanos());
    }

    /** @return every wait the client asked for, in order */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** @return the total of the waits */
    public Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public Instant instant() {
        return origin.plusNanos(System.nanoTime() - startNanos + virtualNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("test time is UTC only");
    }
}
