package dev.estsdk.workflows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ProvisioningResult#awaitPropagation()} verified and how long it
 * waited.
 *
 * @param verified what the GETs confirmed, one line each (e.g. {@code 1 access control list
 *                 linked}), in the order checked
 * @param waited   how long it slept: the rest of the propagation window, zero when it had
 *                 already passed
 * @param readyAt  when the last relevant change reaches the SIP edge (last change plus the
 *                 propagation window)
 */
public record PropagationReport(List<String> verified, Duration waited, Instant readyAt) {

    /**
     * Copies the list and checks the fields.
     *
     * @param verified what the GETs confirmed, one line each (e.g. {@code 1 access control list linked}), in the order checked
     * @param waited how long it slept: the rest of the propagation window, zero when it had already passed
     * @param readyAt when the last relevant change reaches the SIP edge (last change plus the propagation window)
     * @throws NullPointerException if a field is null
     */
    public PropagationReport {
        verified = List.copyOf(verified);
        Objects.requireNonNull(waited, "waited");
        Objects.requireNonNull(readyAt, "readyAt");
    }
}
