package dev.estsdk.benchmarks.run;

import dev.estsdk.api.Sleeper;
import dev.estsdk.testkit.EstSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulator's virtual clock as a {@link Clock}, and a {@link Sleeper} that, instead of
 * sleeping, moves that clock forward and records how long each wait was. Handed to the workflow
 * layer, it makes propagation waits countable and instant.
 */
final class SimulatorTime extends Clock implements Sleeper {

    private final EstSimulator simulator;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    SimulatorTime(EstSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        if (!duration.isNegative() && !duration.isZero()) {
            simulator.advance(duration);
        }
    }

    /** @return every wait asked for so far, in order */
    List<Duration> waits() {
        return List.copyOf(waits);
    }

    @Override
    public Instant instant() {
        return simulator.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(getZone())) {
            return this;
        }
        throw new UnsupportedOperationException("the simulator clock runs in UTC only");
    }
}
