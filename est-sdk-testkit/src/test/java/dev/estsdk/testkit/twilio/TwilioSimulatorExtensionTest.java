package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwilioSimulatorExtensionTest {

    @RegisterExtension
    static TwilioSimulatorExtension twilio = TwilioSimulatorExtension.create(b -> b.ownedNumbers("+14155550199"));

    private static int firstPort;

    @Test
    @Order(1)
    void firstTest_createsState(TwilioSimulator sim) {
        firstPort = sim.port();
        new TwilioHttp(sim).trunk("kept.pstn.twilio.com");
        assertThat(sim.counts().trunks()).isEqualTo(1);
        assertThat(sim).isSameAs(twilio.simulator());
    }

    @Test
    @Order(2)
    void secondTest_seesTheSameSimulator_reset() {
        assertThat(twilio.port()).isEqualTo(firstPort);
        assertThat(twilio.simulator().counts().trunks()).isZero();
        assertThat(twilio.simulator().ownedNumbers()).containsOnlyKeys("+14155550199");
        assertThat(twilio.trunkingBaseUrl()).isEqualTo("http://127.0.0.1:" + firstPort);
        assertThat(twilio.apiBaseUrl()).isEqualTo(twilio.trunkingBaseUrl());
        assertThat(twilio.accountSid()).isEqualTo(TwilioSimulator.DEFAULT_ACCOUNT_SID);
        assertThat(twilio.authToken()).isEqualTo(TwilioSimulator.DEFAULT_AUTH_TOKEN);
    }

    @Test
    @Order(4)
    void outsideATest_theSimulatorIsNotAvailable() {
        TwilioSimulatorExtension unused = TwilioSimulatorExtension.create();
        assertThatThrownBy(unused::simulator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Order(5)
    void portInUse_failsWithAClearMessage() {
        assertThatThrownBy(() -> TwilioSimulator.builder().port(twilio.port()).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already in use");
    }
}
