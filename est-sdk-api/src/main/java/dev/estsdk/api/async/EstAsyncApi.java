package dev.estsdk.api.async;

/**
 * Every EST resource of one project, asynchronously: the counterpart of
 * {@link dev.estsdk.api.EstApi}, on the same client and the same call pipeline.
 */
public interface EstAsyncApi {

    /** {@return the project every call is scoped to} */
    String projectId();

    /** {@return SIP trunks and their links} */
    AsyncSipTrunks sipTrunks();

    /** {@return the endpoints of trunks} */
    AsyncSipEndpoints sipEndpoints();

    /** {@return access control lists and their IP ranges} */
    AsyncAccessControlLists accessControlLists();

    /** {@return credential lists and their credentials} */
    AsyncCredentialLists credentialLists();

    /** {@return the project's phone numbers} */
    AsyncPhoneNumbers phoneNumbers();

    /** {@return which countries the project may call} */
    AsyncCountryPermissions countryPermissions();

    /** {@return call detail records, exports and packet captures} */
    AsyncCalls calls();

    /** {@return call blocking rules} */
    AsyncCallBlockingRules callBlockingRules();

    /** {@return enabling EST on further projects} */
    AsyncProjects projects();
}
