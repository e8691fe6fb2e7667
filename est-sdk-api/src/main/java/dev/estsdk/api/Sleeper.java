package dev.estsdk.api;

import java.time.Duration;

/**
 * Waits for a duration: the seam through which the SDK waits between retries and for
 * propagation, so tests can substitute virtual time for {@link #system() real sleeping}.
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * Sleeper recording = waits::add;        // returns at once, remembers every wait
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the duration; zero or negative returns at once.
     * @param duration how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** {@return the shared sleeper that blocks the calling thread} */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
