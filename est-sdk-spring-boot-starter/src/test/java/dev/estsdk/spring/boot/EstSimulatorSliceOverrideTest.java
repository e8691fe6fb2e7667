package dev.estsdk.spring.boot;

import dev.estsdk.spring.boot.test.AutoConfigureEstSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = EstStarterApplicationTest.App.class,
        properties = {"est.key-secret=wrong-secret-0123456789", "est.retry.max-attempts=1"})
@AutoConfigureEstSimulator
class EstSimulatorSliceOverrideTest {

    @Autowired
    EstHealthIndicator estHealth;

    @Test
    void aTestsOwnWrongSecret_winsOverTheSlice_andHealthIsDown() {
        Health health = estHealth.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("status", 401);
        assertThat(health.toString()).doesNotContain("wrong-secret-0123456789");
    }
}
