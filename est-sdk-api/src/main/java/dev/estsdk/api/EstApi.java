package dev.estsdk.api;

/**
 * The Sinch Elastic SIP Trunking API of one project, grouped by resource. The client module's
 * {@code EstClient} implements it; workflows and tests depend only on this interface, so a fake
 * can stand in for the real thing.
 *
 * <p>Provisioning order matters: trunk, then access control list or credential list, then link
 * it to the trunk, then endpoints, then phone numbers; tear down in reverse. Link changes take
 * about 60 seconds to reach the SIP edge.
 *
 * <p>Implementations are thread-safe.
 */
public interface EstApi {

    /**
     * The Sinch project every call is made for (a project id, not a Voice application key).
     *
     * @return the project id
     */
    String projectId();

    /**
     * SIP trunks and their links to access control lists and credential lists.
     *
     * @return the trunk operations
     */
    SipTrunks sipTrunks();

    /**
     * The endpoints of trunks: where inbound calls are delivered.
     *
     * @return the endpoint operations
     */
    SipEndpoints sipEndpoints();

    /**
     * Access control lists and their IP ranges: who may send outbound calls, by source IP.
     *
     * @return the access control list operations
     */
    AccessControlLists accessControlLists();

    /**
     * Credential lists: SIP digest users and their passwords.
     *
     * @return the credential list operations
     */
    CredentialLists credentialLists();

    /**
     * The project's phone numbers and their assignment to trunks.
     *
     * @return the phone number operations
     */
    PhoneNumbers phoneNumbers();

    /**
     * Which countries the project may call.
     *
     * @return the country permission operations
     */
    CountryPermissions countryPermissions();

    /**
     * Call detail records, CSV export and packet captures.
     *
     * @return the call record operations
     */
    Calls calls();

    /**
     * Rules that block calls by direction, country and number prefix.
     *
     * @return the call blocking rule operations
     */
    CallBlockingRules callBlockingRules();

    /**
     * Enabling EST on further projects.
     *
     * @return the project operations
     */
    Projects projects();
}
