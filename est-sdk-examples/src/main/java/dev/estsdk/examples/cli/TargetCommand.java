package dev.estsdk.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * A command that works on one carrier's target ({@code --carrier}): opens it, says which it is on
 * the first line of output, runs, and closes it (stopping an embedded simulator) whatever happens.
 */
abstract class TargetCommand implements Callable<Integer> {

    /** Where the command reads from and writes to. */
    protected final CliEnvironment env;

    @Option(names = "--carrier", paramLabel = "sinch|twilio", defaultValue = "sinch",
            description = "The carrier: sinch (default) or twilio. Its embedded simulator unless its variables"
                    + " are set (EST_* for Sinch, TWILIO_* for Twilio).")
    CarrierChoice carrier;

    TargetCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() {
        validate();
        try (CarrierTarget target = CarrierTarget.open(carrier, env)) {
            status().println("Target: " + target.description());
            return run(target, status());
        }
    }

    /**
     * Where the command's progress goes: standard output, unless its result must be the only
     * thing there (an export).
     */
    PrintStream status() {
        return env.out();
    }

    /**
     * Checks the command's input before the target is opened; throws {@link IllegalArgumentException}
     * (exit 2) naming what is wrong. Nothing by default.
     */
    void validate() {
    }

    /**
     * Runs the command on the open target.
     *
     * @param out where progress goes ({@link #status()})
     * @return the exit code
     */
    abstract int run(CarrierTarget target, PrintStream out);
}
