package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to create a trunk. The server chooses the id, the domain
 * {@code {hostName}.pstn.sinch.com}, the calls-per-second limit and the times.
 *
 * <pre>{@code
 * CreateSipTrunkRequest request = CreateSipTrunkRequest.builder().name("Acme HQ").hostName("acme-hq").build();
 * }</pre>
 * @param name              friendly name: not blank, at most {@value FieldRules#MAX_TEXT_LENGTH}
 *                          characters, no control characters
 * @param hostName          the first label of the trunk's SIP domain, unique in EST: one DNS label
 *                          of 1 to 63 letters, digits or hyphens ({@code acme-hq} gives
 *                          {@code acme-hq.pstn.sinch.com})
 * @param enableCallerName  whether inbound calls get a caller-name (CNAM) lookup; US/Canada only
 * @param callForwardNumber E.164 number that receives inbound calls no endpoint can take; null
 *                          (or empty, stored as null) for none; required when
 *                          {@code enableCallForward}
 * @param enableCallForward whether undeliverable inbound calls go to {@code callForwardNumber}
 */
public record CreateSipTrunkRequest(String name, String hostName, boolean enableCallerName,
                                    @Nullable String callForwardNumber, boolean enableCallForward) {

    /**
     * Creates the request; an empty {@code callForwardNumber} becomes null.
     * @param name              see {@link #name()}
     * @param hostName          see {@link #hostName()}
     * @param enableCallerName  see {@link #enableCallerName()}
     * @param callForwardNumber see {@link #callForwardNumber()}
     * @param enableCallForward see {@link #enableCallForward()}
     * @throws EstValidationException listing every broken rule
     */
    public CreateSipTrunkRequest {
        callForwardNumber = emptyAsNull(callForwardNumber);
        Check check = Check.of("CreateSipTrunkRequest");
        checkWritable(check, name, hostName, callForwardNumber, enableCallForward);
        check.throwIfInvalid();
    }

    /** {@return an empty builder; set at least {@code name} and {@code hostName}} */
    public static Builder builder() {
        return new Builder();
    }

    static void checkWritable(Check check, @Nullable String name, @Nullable String hostName,
                              @Nullable String callForwardNumber, boolean enableCallForward) {
        check.notBlank("name", name);
        check.hostName("hostName", hostName);
        if (callForwardNumber != null) {
            check.e164("callForwardNumber", callForwardNumber);
        } else if (enableCallForward) {
            check.fail("callForwardNumber", "is required when enableCallForward is true");
        }
    }

    static @Nullable String emptyAsNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Collects the values of a {@link CreateSipTrunkRequest}. */
    public static final class Builder extends TrunkFieldsBuilder<Builder> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public CreateSipTrunkRequest build() {
            return new CreateSipTrunkRequest(name, hostName, enableCallerName, callForwardNumber, enableCallForward);
        }
    }
}
