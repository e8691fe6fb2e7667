package dev.estsdk.examples.twilio;

import java.io.PrintStream;

/** One runnable Twilio task: what an example's {@code main} runs, on a target chosen for it. */
@FunctionalInterface
public interface TwilioExample {

    /**
     * Runs the task.
     *
     * @param target where to run it
     * @param out where to print what happened
     * @throws RuntimeException when the task fails; {@link TwilioExampleRunner} reports it in one line
     */
    void run(TwilioTarget target, PrintStream out);
}
