package dev.estsdk.spring.boot;

import dev.estsdk.client.EstClient;
import dev.estsdk.spring.boot.test.AutoConfigureEstSimulator;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import dev.estsdk.twilio.TwilioClient;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.ProvisioningResult;
import dev.estsdk.workflows.TrunkProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = EstStarterApplicationTest.App.class, properties = "logging.level.dev.estsdk=debug")
@AutoConfigureEstSimulator(twilio = true)
@ExtendWith(OutputCaptureExtension.class)
class EstStarterApplicationTest {

    /** An application as a user writes one, without scanning the other tests' configurations. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @Autowired
    TrunkProvisioner provisioner;
    @Autowired
    EstClient client;
    @Autowired
    TwilioClient twilioClient;
    @Autowired
    EstSimulator simulator;
    @Autowired
    TwilioSimulator twilioSimulator;
    @Autowired
    EstHealthIndicator estHealth;
    @Autowired
    TwilioHealthIndicator twilioHealth;
    @Autowired
    MeterRegistry meters;

    @Test
    void provisionsATrunkOnTheSimulator_readsHealthUp_andRecordsTimers() {
        ProvisioningResult result = provisioner.apply(ProvisioningPlan.builder()
                .trunk(t -> t.name("Acme").hostName("acme-spring"))
                .staticEndpoint(e -> e.name("sbc").address("203.0.113.10"))
                .build());

        assertThat(result.trunkId()).isNotBlank();
        assertThat(simulator.counts().trunks()).isEqualTo(1);
        assertThat(client.sipTrunks().get(result.trunkId()).name()).isEqualTo("Acme");
        assertThat(estHealth.health().getStatus()).isEqualTo(Status.UP);
        assertThat(twilioHealth.health().getStatus()).isEqualTo(Status.UP);
        assertThat(twilioClient.accountSid()).isEqualTo(twilioSimulator.accountSid());
        assertThat(meters.find("est.client.call").tag("est.operation", "CreateSipTrunk").timer())
                .as("the observation listener is wired to Boot's registry").isNotNull();
        assertThat(meters.find("est.client.attempt").timers()).isNotEmpty();
    }

    @Test
    void neitherStartupNorCalls_printTheSecrets(CapturedOutput output) {
        client.sipTrunks().list().withPageSize(1).page(1);
        twilioClient.trunks().list().withPageSize(1).page(1);

        assertThat(output.getAll()).isNotEmpty()
                .doesNotContain(simulator.keySecret(), twilioSimulator.authToken());
    }
}
