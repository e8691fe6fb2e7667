package dev.estsdk.examples.cli;

import dev.estsdk.examples.Target;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * A command that works on the target: opens it, says which it is on the first line of output,
 * runs, and closes it (stopping the embedded simulator) whatever happens.
 */
abstract class TargetCommand implements Callable<Integer> {

    /** Where the command reads from and writes to. */
    protected final CliEnvironment env;

    TargetCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() {
        try (Target target = env.targets().get()) {
            env.out().println("Target: " + target.description());
            return run(target, env.out());
        }
    }

    /**
     * Runs the command on the open target.
     *
     * @return the exit code
     */
    abstract int run(Target target, PrintStream out);
}
