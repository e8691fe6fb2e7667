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

    /** {@return the project every call is made for (a project id, not a Voice application key)} */
    String projectId();

    /** {@return SIP trunks and their links to access control lists and credential lists} */
    SipTrunks sipTrunks();

    /** {@return the endpoints of trunks: where inbound calls are delivered} */
    SipEndpoints sipEndpoints();

    /** {@return access control lists and IP ranges: who may send outbound calls, by source IP} */
    AccessControlLists accessControlLists();

    /** {@return credential lists: SIP digest users and their passwords} */
    CredentialLists credentialLists();

    /** {@return the project's phone numbers and their assignment to trunks} */
    PhoneNumbers phoneNumbers();

    /** {@return which countries the project may call} */
    CountryPermissions countryPermissions();

    /** {@return call detail records, CSV export and packet captures} */
    Calls calls();

    /** {@return rules that block calls by direction, country and number prefix} */
    CallBlockingRules callBlockingRules();

    /** {@return enabling EST on further projects} */
    Projects projects();
}
