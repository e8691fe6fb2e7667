package dev.estsdk.workflows.internal;

/**
 * A concurrency limit that halves when the server throttles and grows back by one after as many
 * successes in a row as the current limit (additive increase, multiplicative decrease), between
 * 1 and a maximum. Callers {@link #acquire()} a slot before a request and {@link #release()} it
 * after. Thread-safe.
 */
public final class AdaptiveLimit {

    private final int max;
    private int limit;
    private int inFlight;
    private int successes;

    /**
     * Creates a limit that starts at its maximum.
     *
     * @param max the most requests at once, at least 1
     * @throws IllegalArgumentException if max is below 1
     */
    public AdaptiveLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1 (was " + max + ")");
        }
        this.max = max;
        this.limit = max;
    }

    /**
     * Waits for a free slot and takes it.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public synchronized void acquire() throws InterruptedException {
        while (inFlight >= limit) {
            wait();
        }
        inFlight++;
    }

    /** Gives a slot back. */
    public synchronized void release() {
        inFlight--;
        notifyAll();
    }

    /** Records a success: after {@code limit} in a row the limit grows by one, up to the maximum. */
    public synchronized void onSuccess() {
        if (++successes >= limit && limit < max) {
            limit++;
            successes = 0;
            notifyAll();
        }
    }

    /** Records throttling: the limit halves (at least 1) and the success streak restarts. */
    public synchronized void onThrottled() {
        limit = Math.max(1, limit / 2);
        successes = 0;
    }

    /**
     * The current limit.
     *
     * @return between 1 and the maximum
     */
    public synchronized int limit() {
        return limit;
    }
}
