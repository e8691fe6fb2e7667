package dev.estsdk.examples;

import dev.estsdk.testkit.EstSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that reads the embedded simulator's virtual time, so waits measured on it match the simulator's. */
final class SimulatorClock extends Clock {

    private final EstSimulator simulator;
    private final ZoneId zone;

    SimulatorClock(EstSimulator simulator) {
        this(simulator, ZoneOffset.UTC);
    }

    private SimulatorClock(EstSimulator simulator, ZoneId zone) {
        this.simulator = simulator;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatorClock(simulator, newZone);
    }

    @Override
    public Instant instant() {
        return simulator.now();
    }
}
