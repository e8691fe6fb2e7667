package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The standalone jar's {@code --carrier} switch, started in-process over plain HTTP on loopback. */
class CarrierSwitchTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void carrierTwilio_servesBothTwilioApisOnOnePort_withTheGivenAccount_andResets() throws Exception {
        String account = "AC" + "ef".repeat(16);
        try (AutoCloseable started = Main.startCarrier(new String[] {"--carrier", "twilio", "--port", "0",
                "--account-sid", account, "--auth-token", "switch-token", "--owned-numbers", "+15005550006"}, out)) {
            assertThat(started).isInstanceOf(TwilioSimulator.class);
            TwilioSimulator sim = (TwilioSimulator) started;
            assertThat(sim.trunkingBaseUrl()).isEqualTo(sim.apiBaseUrl()).startsWith("http://127.0.0.1:");
            TwilioHttp http = new TwilioHttp(sim);
            assertThat(http.post("/v1/Trunks", "DomainName", "switch.pstn.twilio.com").status()).isEqualTo(201);
            assertThat(http.get("/2010-04-01/Accounts/" + account + "/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006")
                    .json().path("incoming_phone_numbers")).hasSize(1);
            assertThat(http.post("/_simulator/reset").status()).isEqualTo(204);
            assertThat(http.get("/v1/Trunks").json().path("trunks")).isEmpty();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Twilio simulator running", account);
        }
    }

    @Test
    void carrierEqualsForm_isAccepted() throws Exception {
        try (AutoCloseable started = Main.startCarrier(new String[] {"--carrier=twilio", "--port=0"}, out)) {
            assertThat(started).isInstanceOf(TwilioSimulator.class);
        }
    }

    @Test
    void noCarrier_andCarrierSinch_startTheSinchSimulator() throws Exception {
        try (AutoCloseable byDefault = Main.startCarrier(new String[] {"--port", "0"}, out);
                AutoCloseable named = Main.startCarrier(new String[] {"--carrier", "sinch", "--port", "0"}, out)) {
            assertThat(byDefault).isInstanceOf(EstSimulator.class);
            assertThat(named).isInstanceOf(EstSimulator.class);
        }
    }

    @Test
    void unknownCarrier_isRefused_listingTheChoices() {
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--carrier", "vonage", "--port", "0"}, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--carrier must be one of sinch, twilio (was vonage)");
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--port", "0", "--carrier"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--carrier needs a value");
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--carrier", "twilio", "--carrier=sinch"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void sinchFlags_withCarrierTwilio_areRefusedNamingTheFlag() {
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--carrier", "twilio", "--project-id", "p"}, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--project-id is a sinch option; with --carrier twilio it does not apply");
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--carrier", "twilio", "--seed=trunks=1"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--seed is a sinch option");
    }

    @Test
    void twilioFlags_withTheSinchCarrier_areRefusedNamingTheFlag() {
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--account-sid", "AC" + "0".repeat(32)}, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--account-sid is a twilio option; with --carrier sinch it does not apply");
        assertThatThrownBy(() -> Main.startCarrier(new String[] {"--carrier", "sinch", "--owned-numbers=+15005550006"},
                out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--owned-numbers is a twilio option");
    }

    @Test
    void help_documentsBothCarriers_andStartsNothing() throws Exception {
        assertThat(Main.startCarrier(new String[] {"--help"}, out)).isNull();
        assertThat(Main.startCarrier(new String[] {"--carrier", "twilio", "--help"}, out)).isNull();
        String help = bytes.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("--carrier <name>", "sinch (default)", "--project-id", "--seed", "--account-sid",
                "--owned-numbers", "/2010-04-01/");
    }
}
