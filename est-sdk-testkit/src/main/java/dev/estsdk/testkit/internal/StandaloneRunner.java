package dev.estsdk.testkit.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * What every simulator's standalone {@code main} does around starting it: quiet logging unless
 * asked otherwise, one {@code error:} line and exit status 2 for a bad flag or a failed start, a
 * {@code Ready in … ms} line once it listens, and a clean stop on Ctrl-C.
 */
public final class StandaloneRunner {

    /** Exit status for a bad flag or a failed start. */
    public static final int EXIT_FAILURE = 2;

    /** Starts a simulator from flags; returns null when only help was printed. */
    @FunctionalInterface
    public interface Starter {
        /**
         * @param args the flags
         * @param out where to print
         * @return the running simulator, or null
         */
        AutoCloseable start(String[] args, PrintStream out);
    }

    private StandaloneRunner() {
    }

    /**
     * @param args the program arguments
     * @param starter starts the simulator
     * @param stoppedLine what to print once stopped
     */
    public static void run(String[] args, Starter starter, String stoppedLine) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        AutoCloseable simulator;
        try {
            simulator = starter.start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + " (see --help)");
            System.exit(EXIT_FAILURE);
            return;
        } catch (IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(EXIT_FAILURE);
            return;
        }
        if (simulator == null) {
            return;
        }
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("Ready in " + millis + " ms. Press Ctrl-C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (Exception e) {
                System.err.println("error: the simulator did not stop cleanly: " + e);
            }
            System.out.println(stoppedLine);
        }, "simulator-shutdown"));
    }
}
