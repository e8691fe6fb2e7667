package dev.estsdk.examples;

import java.io.PrintStream;

/** One runnable task: what an example's {@code main} runs, on a target chosen for it. */
@FunctionalInterface
public interface Example {

    /**
     * Runs the task.
     *
     * @param target where to run it
     * @param out where to print what happened
     * @throws RuntimeException when the task fails; {@link ExampleRunner} reports it in one line
     */
    void run(Target target, PrintStream out);
}
