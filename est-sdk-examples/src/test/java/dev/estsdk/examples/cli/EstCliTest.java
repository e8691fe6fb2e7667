package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line itself: help, unknown input and the environment. */
class EstCliTest {

    @Test
    void help_listsTheCommandsAndTheTargetVariables() {
        Run run = CliHarness.withEnvironment(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("provision", "teardown", "diagnose", "trunks", "EST_PROJECT_ID", "Exit codes");
    }

    @Test
    void provisionHelp_showsTheDecisionTreeFlags() {
        Run run = CliHarness.withEnvironment(Map.of(), "provision", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--direction=outbound|inbound|both", "--auth=acl|credentials",
                "--endpoint=static|registered", "--host-name=NAME", "--number=E164", "EST_SIP_PASSWORD");
    }

    @Test
    void noCommand_printsUsageAndFails() {
        Run run = CliHarness.withEnvironment(Map.of());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Usage: est");
    }

    @Test
    void unknownCommand_failsWithOneLine() {
        Run run = CliHarness.withEnvironment(Map.of(), "provison");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: Unmatched argument")
                .endsWith("(see 'est --help')");
    }

    @Test
    void missingTrunkId_failsWithOneLine() {
        Run run = CliHarness.withEnvironment(Map.of(), "teardown");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().contains("TRUNK_ID")
                .endsWith("(see 'est teardown --help')");
    }

    @Test
    void someCredentialsMissing_namesTheVariables() {
        Run run = CliHarness.withEnvironment(Map.of("EST_PROJECT_ID", "p", "EST_KEY_ID", "k"), "trunks", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString().startsWith("error: EST_KEY_SECRET is not set: set"
                + " EST_PROJECT_ID, EST_KEY_ID and EST_KEY_SECRET");
    }

    @Test
    void baseUrlWithoutCredentials_namesTheMissingVariables() {
        Run run = CliHarness.withEnvironment(Map.of("EST_BASE_URL", "http://127.0.0.1:8089"), "trunks", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: EST_PROJECT_ID, EST_KEY_ID, EST_KEY_SECRET are not set");
    }

    @Test
    void malformedBaseUrl_isRejected() {
        Run run = CliHarness.withEnvironment(Map.of("EST_PROJECT_ID", "p", "EST_KEY_ID", "k", "EST_KEY_SECRET", "s",
                "EST_BASE_URL", "127.0.0.1:8089"), "trunks", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: EST_BASE_URL must be an http:// or https:// URL such as http://127.0.0.1:8089"
                        + " (was \"127.0.0.1:8089\")");
    }
}
