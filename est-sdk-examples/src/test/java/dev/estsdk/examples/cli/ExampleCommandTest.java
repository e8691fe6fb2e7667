package dev.estsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estsdk.examples.ExampleCatalog;
import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.cli.CliHarness.Run;
import dev.estsdk.testkit.EstSimulator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExampleCommandTest {

    @TempDir
    Path directory;

    @Test
    void withoutAName_listsEveryExampleWithItsMainClass() {
        Run run = CliHarness.withEnvironment(Map.of(), "example");

        assertThat(run.exitCode()).isZero();
        for (ExampleCatalog e : ExampleCatalog.values()) {
            assertThat(run.out()).contains(e.exampleName(), e.mainClass().getSimpleName());
        }
    }

    @ParameterizedTest
    @EnumSource(ExampleCatalog.class)
    void eachExample_runsOnTheSimulator(ExampleCatalog example) throws NoSuchMethodException {
        Method main = example.mainClass().getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
        String[] args = example == ExampleCatalog.CALL_RECORDS ? new String[] {directory.toString()} : new String[0];

        try (EstSimulator simulator = EstSimulator.start()) {
            String[] command = new String[args.length + 2];
            command[0] = "example";
            command[1] = example.exampleName();
            System.arraycopy(args, 0, command, 2, args.length);

            Run run = CliHarness.onSimulator(simulator, command);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Target: embedded EST simulator");
        }
    }

    @Test
    void anUnknownName_failsWithOneLine() {
        Run run = CliHarness.withEnvironment(Map.of(), "example", "workflow-z");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: there is no example named 'workflow-z': run 'est example' to list them");
    }
}
