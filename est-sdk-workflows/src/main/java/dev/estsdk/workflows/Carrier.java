package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.twilio.TwilioApi;

import java.time.Duration;
import java.util.Set;

/**
 * A SIP trunking carrier a {@link TrunkProvisioner} provisions on: Sinch Elastic SIP Trunking or
 * Twilio Elastic SIP Trunking. The same {@link ProvisioningPlan} can be applied to either; what
 * one carrier lacks ({@link #capabilities()}) is refused before any request. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * TrunkProvisioner sinch = TrunkProvisioner.of(Carrier.sinch(estClient));
 * TrunkProvisioner twilio = TrunkProvisioner.of(Carrier.twilio(twilioClient));
 * }</pre>
 */
public sealed interface Carrier permits SinchCarrier, TwilioCarrier {

    /**
     * The carrier for a Sinch EST project, trunks under {@code pstn.sinch.com}.
     *
     * @param api the API, e.g. an {@code EstClient}
     * @return the carrier
     * @throws NullPointerException if api is null
     */
    static Carrier sinch(EstApi api) {
        return new SinchCarrier(api, TrunkProvisioner.DEFAULT_SIP_DOMAIN_SUFFIX);
    }

    /**
     * The carrier for a Sinch EST project whose trunks live under another domain suffix.
     *
     * @param api             the API, e.g. an {@code EstClient}
     * @param sipDomainSuffix a DNS name such as {@code pstn.sinch.com}
     * @return the carrier
     * @throws NullPointerException   if an argument is null
     * @throws EstValidationException if the suffix is not a DNS name
     */
    static Carrier sinch(EstApi api, String sipDomainSuffix) {
        return new SinchCarrier(api, sipDomainSuffix);
    }

    /**
     * The carrier for a Twilio account, trunks under {@code pstn.twilio.com}.
     *
     * @param api the API, e.g. a {@code TwilioClient}
     * @return the carrier
     * @throws NullPointerException if api is null
     */
    static Carrier twilio(TwilioApi api) {
        return new TwilioCarrier(api);
    }

    /**
     * A short lower-case name: {@code sinch} or {@code twilio}.
     *
     * @return the id
     */
    String id();

    /**
     * The carrier's name for messages: {@code Sinch} or {@code Twilio}.
     *
     * @return the name
     */
    String displayName();

    /**
     * What this carrier offers.
     *
     * @return the capabilities, unmodifiable
     */
    Set<Capability> capabilities();

    /**
     * Whether this carrier offers a capability.
     *
     * @param capability the capability
     * @return true when offered
     */
    default boolean supports(Capability capability) {
        return capabilities().contains(capability);
    }

    /**
     * The SIP domain of a trunk, where its SIP traffic goes.
     *
     * @param hostName the trunk's host name, e.g. {@code acme-pbx}
     * @return e.g. {@code acme-pbx.pstn.sinch.com} or {@code acme-pbx.pstn.twilio.com}
     */
    String sipDomain(String hostName);

    /**
     * How long a change takes to reach the carrier's SIP edge: 60 seconds on Sinch, zero on Twilio.
     *
     * @return the window
     */
    Duration propagationWindow();
}
