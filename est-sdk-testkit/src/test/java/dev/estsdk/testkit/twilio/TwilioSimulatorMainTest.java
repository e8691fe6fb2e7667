package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TwilioSimulatorMainTest {

    @Test
    void start_takesAccountTokenAndNumbers_andPrintsHowToReachIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String account = "AC" + "ab".repeat(16);
        try (TwilioSimulator sim = TwilioSimulatorMain.start(new String[] {"--port", "0", "--account-sid", account,
                "--auth-token=tok-123", "--owned-numbers", "+15005550006, +15005550007"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(out).contains(sim.trunkingBaseUrl() + "/v1", account, "tok-123", "+15005550006");
            assertThat(sim.accountSid()).isEqualTo(account);
            assertThat(sim.ownedNumbers()).containsKeys("+15005550006", "+15005550007", "+14155550101");
            TwilioHttp http = new TwilioHttp(sim);
            assertThat(http.get("/2010-04-01/Accounts/" + account + "/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550007")
                    .json().path("incoming_phone_numbers")).hasSize(1);
            assertThat(http.withAuthorization(TwilioHttp.basic(account, "tok-123")).get("/v1/Trunks").status()).isEqualTo(200);
        }
    }

    @Test
    void help_printsUsage_andStartsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(TwilioSimulatorMain.start(new String[] {"--help"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isNull();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--account-sid", "--owned-numbers", "--port");
    }

    @Test
    void badFlags_areRefused() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TwilioSimulatorMain.start(new String[] {"--project-id", "x"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --project-id");
        assertThatThrownBy(() -> TwilioSimulatorMain.start(new String[] {"--account-sid", "AC1"}, out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwilioSimulatorMain.start(new String[] {"--owned-numbers", "12345"}, out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
