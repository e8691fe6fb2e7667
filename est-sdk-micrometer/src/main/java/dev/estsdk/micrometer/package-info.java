/**
 * Micrometer observations for est-sdk: {@link dev.estsdk.micrometer.ObservationCallListener} turns
 * every call and every HTTP attempt of an {@code EstClient} or {@code TwilioClient} into an
 * {@link io.micrometer.observation.Observation}, so a registry with meter and tracing handlers gives
 * timers and, through Micrometer's tracing bridges, spans.
 */
@NullMarked
package dev.estsdk.micrometer;

import org.jspecify.annotations.NullMarked;
