package dev.estsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link EstSimulator.Builder} reports every invalid setting at once, naming the field and its rule. */
class EstSimulatorBuilderTest {

    static Stream<Arguments> oneBrokenField() {
        return Stream.of(
                Arguments.of("port -1", (UnaryOperator<EstSimulator.Builder>) b -> b.port(-1),
                        "port must be between 0 and 65535 (was -1)"),
                Arguments.of("port 70000", (UnaryOperator<EstSimulator.Builder>) b -> b.port(70000),
                        "port must be between 0 and 65535 (was 70000)"),
                Arguments.of("projectId blank", (UnaryOperator<EstSimulator.Builder>) b -> b.projectId(" "),
                        "projectId must not be blank"),
                Arguments.of("projectId null", (UnaryOperator<EstSimulator.Builder>) b -> b.projectId(null),
                        "projectId must not be blank"),
                Arguments.of("keyId blank", (UnaryOperator<EstSimulator.Builder>) b -> b.keyId(""),
                        "keyId must not be blank"),
                Arguments.of("keySecret blank", (UnaryOperator<EstSimulator.Builder>) b -> b.keySecret("\t"),
                        "keySecret must not be blank"),
                Arguments.of("tokenTtl zero", (UnaryOperator<EstSimulator.Builder>) b -> b.tokenTtl(Duration.ZERO),
                        "tokenTtl must be at least one second (was PT0S)"),
                Arguments.of("tokenTtl null", (UnaryOperator<EstSimulator.Builder>) b -> b.tokenTtl(null),
                        "tokenTtl must be at least one second (was null)"),
                Arguments.of("propagationDelay negative",
                        (UnaryOperator<EstSimulator.Builder>) b -> b.propagationDelay(Duration.ofSeconds(-1)),
                        "propagationDelay must be zero or more (was PT-1S)"),
                Arguments.of("sipDomainSuffix blank", (UnaryOperator<EstSimulator.Builder>) b -> b.sipDomainSuffix(" "),
                        "sipDomainSuffix must not be blank"),
                Arguments.of("extra project id blank", (UnaryOperator<EstSimulator.Builder>) b -> b.project(" "),
                        "project id must not be blank"),
                Arguments.of("journalLimit negative", (UnaryOperator<EstSimulator.Builder>) b -> b.journalLimit(-1),
                        "journalLimit must be 0 (no limit) or more (was -1)"),
                Arguments.of("seed unknown kind", (UnaryOperator<EstSimulator.Builder>) b -> b.seed("trunk=1"),
                        "seed: unknown kind 'trunk'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBrokenField")
    void start_refusesOneBrokenField_namingItsRule(String name, UnaryOperator<EstSimulator.Builder> broken, String rule) {
        assertThatThrownBy(() -> broken.apply(EstSimulator.builder()).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EstSimulator.Builder: " + rule);
    }

    @Test
    void setters_onlyRecord_soABrokenValueCanBeCorrectedBeforeStart() {
        try (EstSimulator sim = EstSimulator.builder().port(70000).port(0).journalLimit(-1).journalLimit(5).start()) {
            assertThat(sim.port()).isPositive();
        }
    }

    @Test
    void start_listsEveryBrokenField_inOneException() {
        assertThatThrownBy(() -> EstSimulator.builder().port(70000).projectId(" ").tokenTtl(Duration.ZERO)
                .propagationDelay(Duration.ofSeconds(-5)).journalLimit(-1).seed("nope=1").start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EstSimulator.Builder has 6 invalid settings: ")
                .hasMessageContaining("port must be between 0 and 65535 (was 70000)")
                .hasMessageContaining("projectId must not be blank")
                .hasMessageContaining("tokenTtl must be at least one second")
                .hasMessageContaining("propagationDelay must be zero or more")
                .hasMessageContaining("journalLimit must be 0 (no limit) or more (was -1)")
                .hasMessageContaining("seed: unknown kind 'nope'");
    }

    @Test
    void theKeySecret_neverAppearsInTheMessage() {
        assertThatThrownBy(() -> EstSimulator.builder().keySecret("  ").port(-1).start())
                .hasMessageContaining("keySecret must not be blank").hasMessageNotContaining(EstSimulator.DEFAULT_KEY_SECRET);
    }
}
