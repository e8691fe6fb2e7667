package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.EstSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property 30 through the command line: a hostile flag value ends {@code est provision} with the
 * usage exit code and one line naming the flag, before any request reaches the simulator. Values
 * are taken without their surrounding white space, so the rows put control characters inside.
 */
class ProvisionHostileInputTest {

    @RegisterExtension
    static final EstSimulatorExtension EST = EstSimulatorExtension.create();

    private static final String LONG = "x".repeat(10_000);

    private EstSimulator simulator;

    @BeforeEach
    void bind(EstSimulator sim) {
        simulator = sim;
    }

    static Stream<Arguments> hostileFlags() {
        List<Arguments> rows = new ArrayList<>();
        for (String host : List.of("-acme", "acme-", "acme.example", "acme\r\nX: 1", "acme pbx", "acmé", LONG)) {
            rows.add(Arguments.of("--host-name", host));
        }
        for (String number : List.of("202-555-0101", "+1202555010199999", "+1202555\n0101", "+1 202 555 0101", LONG)) {
            rows.add(Arguments.of("--number", number));
        }
        for (String ip : List.of("203.0.113.5/24", "203.0.113.256", "203.0.113.10/33", "2001:db8::1", "203.0.113\r\n.10",
                LONG)) {
            rows.add(Arguments.of("--ip", ip));
        }
        for (String address : List.of("sbc..example.com", "-sbc.example.com", "sbc example.com", "sbc\u0000", LONG)) {
            rows.add(Arguments.of("--endpoint-address", address));
        }
        for (String port : List.of("0", "65536", "-1", "http")) {
            rows.add(Arguments.of("--port", port));
        }
        for (String user : List.of("pbx user", "pbx\u0000", "u".repeat(65), LONG)) {
            rows.add(Arguments.of("--sip-username", user));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileFlags")
    @DisplayName("30. est provision refuses a hostile flag value in one line, before any request")
    void provision_withAHostileFlag_failsInOneLineBeforeAnyRequest(String flag, String value) {
        List<String> args = new ArrayList<>(List.of("provision", "--direction", "both", "--endpoint", "static",
                "--no-wait"));
        args.addAll(flag.equals("--sip-username") ? List.of("--auth", "credentials") : List.of("--auth", "acl"));
        if (!flag.equals("--host-name")) {
            args.addAll(List.of("--host-name", "acme-pbx"));
        }
        args.addAll(List.of(flag, value));
        Run run = CliHarness.onSimulator(simulator, args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains(flag)
                .doesNotContain("\r", "\u0000").hasSizeLessThan(400);
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }
}
