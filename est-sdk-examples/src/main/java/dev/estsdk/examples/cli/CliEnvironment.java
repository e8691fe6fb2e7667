package dev.estsdk.examples.cli;

import dev.estsdk.examples.Target;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the {@code est} command reads from and writes to: environment variables, output and error
 * streams, the terminal (absent when input or output is redirected) and how the target is opened.
 * {@link #system()} is the real process; tests pass their own.
 *
 * @param variables the environment variables ({@code EST_*}, {@code EST_SIP_PASSWORD})
 * @param out standard output: progress and results
 * @param err standard error: the one-line error
 * @param prompter the terminal, or empty when there is none (then every answer must be a flag)
 * @param targets opens the target a command runs on
 */
public record CliEnvironment(Map<String, String> variables, PrintStream out, PrintStream err,
        Optional<Prompter> prompter, Supplier<Target> targets) {

    /**
     * Checks that every part is present and copies the variables.
     *
     * @param variables the environment variables
     * @param out standard output
     * @param err standard error
     * @param prompter the terminal, or empty
     * @param targets opens the target
     */
    public CliEnvironment {
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(prompter, "prompter");
        Objects.requireNonNull(targets, "targets");
    }

    /**
     * The running process: {@link System#getenv()}, the standard streams, {@link System#console()},
     * and the target the variables describe.
     *
     * @return the environment
     */
    public static CliEnvironment system() {
        Map<String, String> variables = System.getenv();
        return new CliEnvironment(variables, System.out, System.err,
                Optional.ofNullable(System.console()).map(ConsolePrompter::new),
                () -> Target.fromEnvironment(variables));
    }
}
