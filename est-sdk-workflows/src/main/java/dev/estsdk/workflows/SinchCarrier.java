package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.FieldRules;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Sinch Elastic SIP Trunking over an {@link EstApi}. */
final class SinchCarrier implements Carrier {

    private static final Set<Capability> CAPABILITIES = java.util.Collections.unmodifiableSet(EnumSet.of(
            Capability.REGISTERED_ENDPOINTS, Capability.CALLS_PER_SECOND, Capability.COUNTRY_PERMISSIONS,
            Capability.CALL_BLOCKING_RULES, Capability.PROPAGATION_DELAY, Capability.CALL_FORWARD_NUMBER));

    private final EstApi api;
    private final String sipDomainSuffix;

    SinchCarrier(EstApi api, String sipDomainSuffix) {
        this.api = Objects.requireNonNull(api, "api");
        this.sipDomainSuffix = Objects.requireNonNull(sipDomainSuffix, "sipDomainSuffix");
        FieldRules.domainName(sipDomainSuffix).ifPresent(rule -> {
            throw new EstValidationException("Carrier", List.of(new FieldViolation("sipDomainSuffix", rule)));
        });
    }

    EstApi api() {
        return api;
    }

    String sipDomainSuffix() {
        return sipDomainSuffix;
    }

    @Override
    public String id() {
        return "sinch";
    }

    @Override
    public String displayName() {
        return "Sinch";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String sipDomain(String hostName) {
        return hostName + "." + sipDomainSuffix;
    }

    @Override
    public Duration propagationWindow() {
        return TrunkProvisioner.DEFAULT_PROPAGATION_WINDOW;
    }

    @Override
    public String toString() {
        return "Carrier[sinch, " + sipDomainSuffix + "]";
    }
}
