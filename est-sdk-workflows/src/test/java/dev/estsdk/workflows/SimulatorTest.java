package dev.estsdk.workflows;

import dev.estsdk.testkit.EstSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One simulator per test class, reset before each test, with a fresh {@link Harness} on it. */
abstract class SimulatorTest {

    @RegisterExtension
    static EstSimulatorExtension est = EstSimulatorExtension.create();

    Harness h;

    @BeforeEach
    void startHarness() {
        h = Harness.on(est.simulator());
    }

    @AfterEach
    void closeHarness() {
        h.close();
    }
}
