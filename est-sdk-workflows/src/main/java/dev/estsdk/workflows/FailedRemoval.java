package dev.estsdk.workflows;

import java.util.Objects;

/**
 * A resource a rollback or teardown could not remove, and why. The reason is the SDK's error
 * message, which never contains a secret.
 *
 * @param resource the resource left behind
 * @param reason   why it could not be removed
 */
public record FailedRemoval(ResourceRef resource, String reason) {

    /**
     * Checks the fields.
     *
     * @param resource the resource left behind
     * @param reason why it could not be removed
     * @throws NullPointerException if resource is null
     */
    public FailedRemoval {
        Objects.requireNonNull(resource, "resource");
        reason = reason == null ? "" : reason;
    }

    /**
     * Describes the failure.
     *
     * @return e.g. {@code ENDPOINT "sbc-1" (01HA...): HTTP 500 ...}
     */
    @Override
    public String toString() {
        return resource + ": " + reason;
    }
}
