package dev.estsdk.testkit.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TwilioSimulator.Builder} reports every invalid setting at once, naming the field and its rule. */
class TwilioSimulatorBuilderTest {

    private static final String KEY = "SK" + "0".repeat(32);

    private static Arguments row(String name, UnaryOperator<TwilioSimulator.Builder> broken, String rule) {
        return Arguments.of(name, broken, rule);
    }

    static Stream<Arguments> oneBrokenField() {
        return Stream.of(
                row("port -1", b -> b.port(-1), "port must be between 0 and 65535 (was -1)"),
                row("port 65536", b -> b.port(65536), "port must be between 0 and 65535 (was 65536)"),
                row("accountSid short", b -> b.accountSid("AC123"), "accountSid must be AC followed by 32 hex digits (was AC123)"),
                row("accountSid wrong prefix", b -> b.accountSid("SK" + "a".repeat(32)),
                        "accountSid must be AC followed by 32 hex digits"),
                row("accountSid not hex", b -> b.accountSid("AC" + "z".repeat(32)), "accountSid must be AC followed by 32 hex digits"),
                row("accountSid null", b -> b.accountSid(null), "accountSid must be AC followed by 32 hex digits (was null)"),
                row("authToken blank", b -> b.authToken(" "), "authToken must not be blank or contain control characters"),
                row("authToken control", b -> b.authToken("a\nb"), "authToken must not be blank or contain control characters"),
                row("apiKeySid", b -> b.apiKey("AC" + "0".repeat(32), "s"), "apiKeySid must be SK followed by 32 hex digits"),
                row("apiKeySecret blank", b -> b.apiKey(KEY, ""), "apiKeySecret must not be blank or contain control characters"),
                row("ownedNumbers not E.164", b -> b.ownedNumbers("4155550100"),
                        "ownedNumbers must be E.164 such as +14155550101 (was 4155550100)"),
                row("ownedNumbers null entry", b -> b.ownedNumbers("+14155550100", null),
                        "ownedNumbers must be E.164 such as +14155550101 (was null)"),
                row("domainRetention negative", b -> b.domainRetention(Duration.ofDays(-1)),
                        "domainRetention must be zero or more (was PT-24H)"),
                row("domainRetention null", b -> b.domainRetention(null), "domainRetention must be zero or more (was null)"),
                row("limits trunks 0", b -> b.limits(0, 10, 1000, 100, 100, 1000), "limits.trunks must be at least 1 (was 0)"),
                row("limits credentialsPerList -1", b -> b.limits(100, 10, 1000, 100, 100, -1),
                        "limits.credentialsPerList must be at least 1 (was -1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBrokenField")
    void start_refusesOneBrokenField_namingItsRule(String name, UnaryOperator<TwilioSimulator.Builder> broken, String rule) {
        assertThatThrownBy(() -> broken.apply(TwilioSimulator.builder()).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TwilioSimulator.Builder: " + rule);
    }

    @Test
    void start_listsEveryBrokenField_inOneException() {
        assertThatThrownBy(() -> TwilioSimulator.builder().port(70000).accountSid("AC1").authToken("")
                .ownedNumbers("12345", "+0415").domainRetention(Duration.ofSeconds(-1)).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TwilioSimulator.Builder has 6 invalid settings: ")
                .hasMessageContaining("port must be between 0 and 65535 (was 70000)")
                .hasMessageContaining("accountSid must be AC followed by 32 hex digits (was AC1)")
                .hasMessageContaining("authToken must not be blank")
                .hasMessageContaining("(was 12345)")
                .hasMessageContaining("domainRetention must be zero or more");
    }

    @Test
    void secrets_neverAppearInTheMessage() {
        String token = "tok\u0007secret-value";
        String keySecret = "key\u0000secret-value";
        assertThatThrownBy(() -> TwilioSimulator.builder().authToken(token).apiKey(KEY, keySecret).start())
                .hasMessageContaining("authToken").hasMessageContaining("apiKeySecret")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void setters_onlyRecord_soABrokenValueCanBeCorrectedBeforeStart() {
        try (TwilioSimulator sim = TwilioSimulator.builder().port(-1).port(0).accountSid("AC1")
                .accountSid(TwilioSimulator.DEFAULT_ACCOUNT_SID).start()) {
            assertThat(sim.port()).isPositive();
        }
    }
}
