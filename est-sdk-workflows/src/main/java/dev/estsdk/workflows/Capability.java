package dev.estsdk.workflows;

/**
 * A feature a {@link Carrier} may offer. A {@link ProvisioningPlan} that asks for a capability the
 * chosen carrier lacks is refused before any request, naming the field and the carrier.
 */
public enum Capability {

    /** Sinch: endpoints that REGISTER with a username of a credential list (workflow D). */
    REGISTERED_ENDPOINTS,

    /** Sinch: a calls-per-second limit per trunk, exceeding it answers SIP 503. */
    CALLS_PER_SECOND,

    /** Sinch: which countries a trunk may call, set per project. */
    COUNTRY_PERMISSIONS,

    /** Sinch: rules that block calls to or from number patterns. */
    CALL_BLOCKING_RULES,

    /** Sinch: changes reach the SIP edge only after a propagation window (60 seconds). */
    PROPAGATION_DELAY,

    /** Sinch: a number that receives inbound calls no endpoint can take. */
    CALL_FORWARD_NUMBER,

    /** Twilio: a weight per origination URL, sharing calls among URLs of the same priority. */
    ORIGINATION_WEIGHT,

    /** Twilio: call recording set on the trunk (mode and silence trimming). */
    RECORDING,

    /** Twilio: secure trunking, TLS signalling and SRTP media only. */
    SECURE_TRUNKING,

    /** Twilio: a TwiML URL fetched when no origination URL can take an inbound call. */
    DISASTER_RECOVERY_URL,

    /** Twilio: whether SIP REFER transfers are accepted, and whose caller ID the target sees. */
    TRANSFER_MODE,

    /** Twilio: media sent back to where it comes from (read-only on the API). */
    SYMMETRIC_RTP
}
