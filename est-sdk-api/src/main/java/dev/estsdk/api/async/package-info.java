/**
 * The asynchronous EST API: every operation of {@link dev.estsdk.api} as a
 * {@link java.util.concurrent.CompletableFuture}, and listings as {@link dev.estsdk.api.async.AsyncPagedIterable}
 * (page futures, {@code forEach}, or a {@link java.util.concurrent.Flow.Publisher}), none of which
 * blocks a thread while it waits.
 *
 * <p>Each method returns at once; its future completes with the result or fails with the
 * {@link dev.estsdk.api.exception.EstException} the synchronous method would throw. Input that
 * breaks a rule is refused at once, before any request:
 * {@link dev.estsdk.api.exception.EstValidationException}, or {@link NullPointerException} for a
 * null argument. Cancelling a future cancels its call.
 */
@NullMarked
package dev.estsdk.api.async;

import org.jspecify.annotations.NullMarked;
