package dev.estsdk.twilio.async;

import java.util.concurrent.CompletableFuture;

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
 *
 * <p>The asynchronous twin of {@link dev.estsdk.twilio.TwilioApi}: the same calls on the same pipeline
 * (retries, deadline, errors, listener, secrecy), each returning at once without blocking a thread
 * while it waits. A future fails with the exception the synchronous method throws; input that
 * breaks a rule is refused at once, before any request, by a thrown
 * {@link dev.estsdk.api.exception.EstValidationException}. Cancelling a future cancels its call.
 */
public interface TwilioAsyncApi {

    /**
     * The account every call acts on ({@code AC…}); the 2010 API paths carry it.
     *
     * @return a future of the Account SID
     */
    String accountSid();

    /**
     * Trunks and their recording setting.
     *
     * @return a future of the trunk operations
     */
    AsyncTwilioTrunks trunks();

    /**
     * Where trunks deliver inbound calls.
     *
     * @return a future of the origination URL operations
     */
    AsyncOriginationUrls originationUrls();

    /**
     * Which IP access control lists admit termination traffic to a trunk.
     *
     * @return a future of the trunk ↔ IP access control list operations
     */
    AsyncTrunkIpAccessControlLists trunkIpAccessControlLists();

    /**
     * Which credential lists authenticate termination traffic to a trunk.
     *
     * @return a future of the trunk ↔ credential list operations
     */
    AsyncTrunkCredentialLists trunkCredentialLists();

    /**
     * Which phone numbers route to a trunk.
     *
     * @return a future of the trunk ↔ phone number operations
     */
    AsyncTrunkPhoneNumbers trunkPhoneNumbers();

    /**
     * The account's IP access control lists and their entries.
     *
     * @return a future of the IP access control list operations
     */
    AsyncSipIpAccessControlLists ipAccessControlLists();

    /**
     * The account's credential lists and their credentials.
     *
     * @return a future of the credential list operations
     */
    AsyncSipCredentialLists credentialLists();

    /**
     * The account's phone numbers.
     *
     * @return a future of the phone number operations
     */
    AsyncIncomingPhoneNumbers incomingPhoneNumbers();
}
