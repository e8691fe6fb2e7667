package dev.estsdk.testkit.internal.fault;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;

/**
 * What an injected fault does to one request: a network-level {@link Fault}, or an HTTP error
 * status (with {@code Retry-After} for 429 when set).
 *
 * @param status HTTP status when not a network fault
 * @param retryAfter {@code Retry-After} to send, or null
 * @param networkFault the network fault, or null
 */
public record FaultOutcome(int status, Duration retryAfter, Fault networkFault) {
}
