package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;

import java.util.List;
import java.util.Objects;

/**
 * A plan asks for what the chosen carrier does not offer, e.g. a registered endpoint on Twilio or
 * secure trunking on Sinch. Thrown by apply, plan and drift before any request; each violation
 * names the plan's field and what the carrier offers instead.
 */
public class UnsupportedCapabilityException extends EstValidationException {

    private static final long serialVersionUID = 1L;

    /** The display name of the carrier that refused the plan. */
    private final String carrier;

    /**
     * Creates the exception.
     *
     * @param carrier    the carrier's display name, e.g. {@code Twilio}
     * @param violations one per refused field, at least one
     */
    public UnsupportedCapabilityException(String carrier, List<FieldViolation> violations) {
        super("ProvisioningPlan on " + Objects.requireNonNull(carrier, "carrier"), violations);
        this.carrier = carrier;
    }

    /**
     * The carrier that refused the plan.
     *
     * @return its display name, e.g. {@code Twilio}
     */
    public String carrier() {
        return carrier;
    }
}
