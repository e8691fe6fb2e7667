package dev.estsdk.workflows;

import dev.estsdk.twilio.TwilioApi;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Twilio Elastic SIP Trunking over a {@link TwilioApi}. */
final class TwilioCarrier implements Carrier {

    /** The suffix of every Twilio trunk's domain. */
    static final String SIP_DOMAIN_SUFFIX = "pstn.twilio.com";

    private static final Set<Capability> CAPABILITIES = java.util.Collections.unmodifiableSet(EnumSet.of(
            Capability.ORIGINATION_WEIGHT, Capability.RECORDING, Capability.SECURE_TRUNKING,
            Capability.DISASTER_RECOVERY_URL, Capability.TRANSFER_MODE, Capability.SYMMETRIC_RTP));

    private final TwilioApi api;

    TwilioCarrier(TwilioApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    TwilioApi api() {
        return api;
    }

    @Override
    public String id() {
        return "twilio";
    }

    @Override
    public String displayName() {
        return "Twilio";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String sipDomain(String hostName) {
        return hostName + "." + SIP_DOMAIN_SUFFIX;
    }

    @Override
    public Duration propagationWindow() {
        return Duration.ZERO;
    }

    @Override
    public String toString() {
        return "Carrier[twilio, account " + api.accountSid() + "]";
    }
}
