package dev.estsdk.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.benchmarks.stub.StubServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    private static final List<String> OWN_CLASSPATH = List.of(System.getProperty("java.class.path"));

    @Test
    void run_timesAFreshJvmUntilItReportsReady() throws Exception {
        try (StubServer stub = StubServer.start()) {
            ChildJvm.Outcome outcome = ChildJvm.run(OWN_CLASSPATH, List.of(), RawColdStart.class.getName(),
                    List.of(stub.baseUrl()), Duration.ofMinutes(1));

            assertThat(outcome.readyLine()).startsWith(ChildJvm.READY);
            assertThat(outcome.nanosToReady()).isPositive();
            assertThat(stub.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void run_whenTheChildFails_reportsItsExitCodeAndError() {
        assertThatThrownBy(() -> ChildJvm.run(OWN_CLASSPATH, List.of(), RawColdStart.class.getName(),
                List.of("http://127.0.0.1:1"), Duration.ofMinutes(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited with 1 without reporting ready")
                .hasMessageContaining("ConnectException");
    }

    @Test
    void value_readsANamedNumberFromTheReadyLine() {
        String line = "READY items=100000 kept=0 baseline=1234 peak=5678";

        assertThat(ChildJvm.value(line, "baseline")).isEqualTo(1234);
        assertThat(ChildJvm.value(line, "peak")).isEqualTo(5678);
        assertThatThrownBy(() -> ChildJvm.value(line, "after")).isInstanceOf(IllegalArgumentException.class);
    }
}
