package dev.estsdk.client;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits for a condition instead of for luck: polls until it holds, or fails after 30 s. */
public final class Conditions {

    private Conditions() {
    }

    /**
     * Returns once the condition holds.
     *
     * @param condition what must become true
     * @param what      the condition in words, for the failure message
     * @throws InterruptedException if interrupted while waiting
     */
    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
