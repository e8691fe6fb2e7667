package dev.estsdk.examples.cli;

import dev.estsdk.examples.Target;
import dev.estsdk.examples.twilio.TwilioTarget;
import dev.estsdk.testkit.EstSimulator;
import dev.estsdk.testkit.twilio.TwilioSimulator;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the {@code est} command reads from and writes to: environment variables, output and error
 * streams, the terminal (absent when input or output is redirected) and how each carrier's target
 * is opened. {@link #system()} is the real process; tests pass their own.
 *
 * @param variables the environment variables ({@code EST_*}, {@code TWILIO_*}, {@code EST_SIP_PASSWORD})
 * @param out standard output: progress and results
 * @param err standard error: the one-line error
 * @param prompter the terminal, or empty when there is none (then every answer must be a flag)
 * @param targets opens the Sinch target a command runs on ({@code --carrier sinch})
 * @param twilioTargets opens the Twilio target a command runs on ({@code --carrier twilio})
 */
public record CliEnvironment(Map<String, String> variables, PrintStream out, PrintStream err,
        Optional<Prompter> prompter, Supplier<Target> targets, Supplier<TwilioTarget> twilioTargets) {

    /**
     * The numbers the embedded simulators own, so that the README's commands work from a fresh
     * clone on either carrier: {@code +12025550101} to {@code +12025550150}, and each simulator's
     * own defaults.
     */
    public static final List<String> SIMULATOR_NUMBERS = simulatorNumbers();

    private static final int DEMO_NUMBERS = 50;

    /**
     * Checks that every part is present and copies the variables.
     *
     * @param variables the environment variables
     * @param out standard output
     * @param err standard error
     * @param prompter the terminal, or empty
     * @param targets opens the Sinch target
     * @param twilioTargets opens the Twilio target
     */
    public CliEnvironment {
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(prompter, "prompter");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(twilioTargets, "twilioTargets");
    }

    /**
     * An environment whose Twilio target is the one the {@code TWILIO_*} variables describe.
     *
     * @param variables the environment variables
     * @param out standard output
     * @param err standard error
     * @param prompter the terminal, or empty
     * @param targets opens the Sinch target
     */
    public CliEnvironment(Map<String, String> variables, PrintStream out, PrintStream err,
            Optional<Prompter> prompter, Supplier<Target> targets) {
        this(variables, out, err, prompter, targets, twilioFrom(variables));
    }

    /**
     * The running process: {@link System#getenv()}, the standard streams, {@link System#console()},
     * and the targets the variables describe (embedded simulators owning {@link #SIMULATOR_NUMBERS}
     * when they describe none).
     *
     * @return the environment
     */
    public static CliEnvironment system() {
        Map<String, String> variables = System.getenv();
        return new CliEnvironment(variables, System.out, System.err,
                Optional.ofNullable(System.console()).map(ConsolePrompter::new),
                () -> Target.fromEnvironment(variables, SIMULATOR_NUMBERS), twilioFrom(variables));
    }

    private static Supplier<TwilioTarget> twilioFrom(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return () -> TwilioTarget.fromEnvironment(copy, SIMULATOR_NUMBERS);
    }

    private static List<String> simulatorNumbers() {
        Set<String> numbers = new LinkedHashSet<>();
        for (int i = 1; i <= DEMO_NUMBERS; i++) {
            numbers.add(String.format("+120255501%02d", i));
        }
        numbers.addAll(EstSimulator.DEFAULT_OWNED_NUMBERS);
        numbers.addAll(TwilioSimulator.DEFAULT_OWNED_NUMBERS);
        return List.copyOf(numbers);
    }
}
