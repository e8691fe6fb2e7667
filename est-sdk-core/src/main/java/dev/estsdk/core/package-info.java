/**
 * The attempt pipeline's public face: {@link dev.estsdk.core.RetryPolicy}, the
 * {@link dev.estsdk.core.CallListener} events and {@link dev.estsdk.core.EstResponse}. Types are
 * non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.estsdk.core;

import org.jspecify.annotations.NullMarked;
