package dev.estsdk.twilio;

/**
 * Twilio's Elastic SIP Trunking API of one account, grouped by resource: Trunking v1 (trunks,
 * their recording, origination URLs and associations) and the SIP and phone-number resources of
 * the 2010 API. The Twilio client implements it; workflows and tests depend only on this
 * interface, so a fake can stand in for the real thing.
 *
 * <p>Provisioning order: IP access control lists with their entries and/or credential lists with
 * their credentials, then the trunk, then the associations, origination URLs and numbers (any
 * order); tear down in reverse. Twilio documents no propagation delay for configuration changes.
 * Updates are partial everywhere: only the fields set are sent.
 *
 * <p>Implementations are thread-safe.
 */
public interface TwilioApi {

    /**
     * The account every call acts on ({@code AC…}); the 2010 API paths carry it.
     *
     * @return the Account SID
     */
    String accountSid();

    /**
     * Trunks and their recording setting.
     *
     * @return the trunk operations
     */
    TwilioTrunks trunks();

    /**
     * Where trunks deliver inbound calls.
     *
     * @return the origination URL operations
     */
    OriginationUrls originationUrls();

    /**
     * Which IP access control lists admit termination traffic to a trunk.
     *
     * @return the trunk ↔ IP access control list operations
     */
    TrunkIpAccessControlLists trunkIpAccessControlLists();

    /**
     * Which credential lists authenticate termination traffic to a trunk.
     *
     * @return the trunk ↔ credential list operations
     */
    TrunkCredentialLists trunkCredentialLists();

    /**
     * Which phone numbers route to a trunk.
     *
     * @return the trunk ↔ phone number operations
     */
    TrunkPhoneNumbers trunkPhoneNumbers();

    /**
     * The account's IP access control lists and their entries.
     *
     * @return the IP access control list operations
     */
    SipIpAccessControlLists ipAccessControlLists();

    /**
     * The account's credential lists and their credentials.
     *
     * @return the credential list operations
     */
    SipCredentialLists credentialLists();

    /**
     * The account's phone numbers.
     *
     * @return the phone number operations
     */
    IncomingPhoneNumbers incomingPhoneNumbers();
}
