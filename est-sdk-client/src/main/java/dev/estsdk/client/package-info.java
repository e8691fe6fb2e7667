/**
 * {@link dev.estsdk.client.EstClient}, its asynchronous view and its credentials. Types are
 * non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.estsdk.client;

import org.jspecify.annotations.NullMarked;
