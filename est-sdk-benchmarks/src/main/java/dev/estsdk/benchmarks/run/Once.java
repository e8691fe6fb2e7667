package dev.estsdk.benchmarks.run;

import java.util.concurrent.Callable;

/**
 * Computes a value on first use and hands the same value, or the same failure, to every later
 * caller. Thread-safe.
 *
 * @param <T> the value
 */
final class Once<T> implements Callable<T> {

    private final Callable<T> source;
    private boolean done;
    private T value;
    private Exception failure;

    Once(Callable<T> source) {
        this.source = source;
    }

    @Override
    public synchronized T call() throws Exception {
        if (!done) {
            done = true;
            try {
                value = source.call();
            } catch (Exception e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
