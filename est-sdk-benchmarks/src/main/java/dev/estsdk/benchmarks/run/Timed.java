package dev.estsdk.benchmarks.run;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value and the wall-clock time it took to compute.
 *
 * @param value the value
 * @param millis how long, in milliseconds
 * @param <T> the value's type
 */
record Timed<T>(T value, long millis) {

    static <T> Timed<T> of(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
