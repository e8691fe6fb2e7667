/**
 * The asynchronous EST API: every operation of {@link dev.estsdk.api} as a
 * {@link java.util.concurrent.CompletableFuture}, and listings as {@link dev.estsdk.api.async.AsyncPagedIterable}
 * (page futures, {@code forEach}, or a {@link java.util.concurrent.Flow.Publisher}), none of which
 * blocks a thread while it waits.
 */
@NullMarked
package dev.estsdk.api.async;

import org.jspecify.annotations.NullMarked;
