package dev.estsdk.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.testkit.EstSimulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorTimeTest {

    @Test
    void sleep_recordsTheWaitAndMovesTheSimulatorClockInsteadOfSleeping() {
        try (EstSimulator sim = EstSimulator.builder().sampleCalls(false).start()) {
            SimulatorTime time = new SimulatorTime(sim);
            Instant before = time.instant();

            time.sleep(Duration.ofSeconds(60));
            time.sleep(Duration.ZERO);

            assertThat(time.instant()).isEqualTo(before.plusSeconds(60)).isEqualTo(sim.now());
            assertThat(time.waits()).containsExactly(Duration.ofSeconds(60), Duration.ZERO);
        }
    }
}
