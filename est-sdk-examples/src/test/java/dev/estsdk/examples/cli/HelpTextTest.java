package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.cli.CliHarness.Run;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code --help} prints about secrets: the reference syntax, never a variable's value. */
class HelpTextTest {

    @ParameterizedTest
    @CsvSource({"apply, ${env:EST_SIP_PASSWORD_ALICE}", "export, ${env:NAME}", "migrate, ${env:NAME}"})
    void help_showsTheSecretReferenceSyntaxLiterally_insteadOfExpandingItFromTheEnvironment(String command,
            String reference) {
        Run run = CliHarness.withEnvironment(Map.of(), command, "--help");

        assertThat(run.exitCode()).isZero();
        // picocli may wrap the line inside the reference, so compare without white space.
        assertThat(run.out().replaceAll("\\s+", "")).contains(reference).doesNotContain("asnullreferences")
                .doesNotContain("suchasnull").doesNotContain("plan'snullreferences");
    }
}
