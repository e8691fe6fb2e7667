package dev.estsdk.core.internal;

import dev.estsdk.api.Sleeper;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scheduler resilience4j runs the next attempt of a call on, after its wait. With the system
 * sleeper a wait is a timer: no thread is blocked while a call waits. With another {@link Sleeper}
 * (a test's virtual time) the wait is handed to that sleeper, which returns at once after moving
 * its clock, and the attempt then runs.
 */
final class RetryScheduler extends ScheduledThreadPoolExecutor {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Sleeper sleeper;

    RetryScheduler(Sleeper sleeper, String service) {
        super(1, task -> {
            Thread thread = new Thread(task, "est-sdk-" + service + "-retry-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.sleeper = sleeper == Sleeper.system() ? null : sleeper;
        setRemoveOnCancelPolicy(true);
        setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (sleeper == null) {
            return super.schedule(command, delay, unit);
        }
        Duration wait = Duration.of(unit.toNanos(delay), ChronoUnit.NANOS);
        return super.schedule(() -> {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            command.run();
        }, 0, TimeUnit.NANOSECONDS);
    }
}
