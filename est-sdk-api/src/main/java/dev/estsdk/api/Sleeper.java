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
     *
     * @param duration how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting
     * @throws NullPointerException if duration is null
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}.
     *
     * @return the shared system sleeper
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
