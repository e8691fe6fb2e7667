package dev.estsdk.examples.twilio;

import dev.estsdk.examples.ExitCode;
import dev.estsdk.examples.Failure;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link TwilioExample} the way every Twilio example's {@code main} does: on the target the
 * environment describes (an embedded simulator by default), printing the target first and, on
 * failure, one {@code error: } line and a non-zero {@link ExitCode} instead of a stack trace.
 */
public final class TwilioExampleRunner {

    private TwilioExampleRunner() {
    }

    /**
     * Returns the exit code, for {@link System#exit(int)}.
     *
     * @param example the task
     * @return the exit code, for {@link System#exit(int)}
     */
    public static int run(TwilioExample example) {
        return run(example, System.getenv(), System.out, System.err);
    }

    /**
     * Returns the exit code.
     *
     * @param example the task
     * @param environment the {@code TWILIO_*} variables (see {@link TwilioTarget})
     * @param out where the example prints
     * @param err where a failure is reported
     * @return the exit code
     */
    public static int run(TwilioExample example, Map<String, String> environment, PrintStream out, PrintStream err) {
        try (TwilioTarget target = TwilioTarget.fromEnvironment(environment)) {
            return run(example, target, out, err);
        } catch (RuntimeException e) {
            return report(Failure.of(e, Set.of(Failure.Carrier.TWILIO)), err);
        }
    }

    /**
     * Runs an example on a target the caller opened and will close.
     *
     * @param example the task
     * @param target where to run it
     * @param out where the example prints
     * @param err where a failure is reported
     * @return the exit code
     */
    public static int run(TwilioExample example, TwilioTarget target, PrintStream out, PrintStream err) {
        out.println("Target: " + target.description());
        try {
            example.run(target, out);
            return ExitCode.OK.code();
        } catch (RuntimeException e) {
            return report(Failure.of(e, Set.of(Failure.Carrier.TWILIO)), err);
        }
    }

    private static int report(Failure failure, PrintStream err) {
        err.println("error: " + failure.message());
        return failure.exitCode().code();
    }
}
