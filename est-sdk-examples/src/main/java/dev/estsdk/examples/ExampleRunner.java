package dev.estsdk.examples;

import java.io.PrintStream;
import java.util.Map;

/**
 * Runs an {@link Example} the way every example's {@code main} does: on the target the
 * environment describes (the embedded simulator by default), printing the target first and, on
 * failure, one line starting with {@code error: } and a non-zero exit code instead of a stack trace.
 */
public final class ExampleRunner {

    private ExampleRunner() {
    }

    /**
     * Runs an example on the target described by {@link System#getenv()}, with the standard streams.
     *
     * @param example the task
     * @return the exit code, for {@link System#exit(int)}
     */
    public static int run(Example example) {
        return run(example, System.getenv(), System.out, System.err);
    }

    /**
     * Runs an example on the target described by the given variables.
     *
     * @param example the task
     * @param environment the {@code EST_*} variables (see {@link TargetSettings})
     * @param out where the example prints
     * @param err where a failure is reported
     * @return the exit code
     */
    public static int run(Example example, Map<String, String> environment, PrintStream out, PrintStream err) {
        try (Target target = Target.fromEnvironment(environment)) {
            return run(example, target, out, err);
        } catch (RuntimeException e) {
            return report(Failure.of(e), err);
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
    public static int run(Example example, Target target, PrintStream out, PrintStream err) {
        out.println("Target: " + target.description());
        try {
            example.run(target, out);
            return ExitCode.OK.code();
        } catch (RuntimeException e) {
            return report(Failure.of(e), err);
        }
    }

    private static int report(Failure failure, PrintStream err) {
        err.println("error: " + failure.message());
        return failure.exitCode().code();
    }
}
