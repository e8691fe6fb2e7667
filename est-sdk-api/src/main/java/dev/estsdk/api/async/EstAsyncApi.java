package dev.estsdk.api.async;

/**
 * Every EST resource of one project, asynchronously: the counterpart of
 * {@link dev.estsdk.api.EstApi}, on the same client and the same call pipeline.
 */
public interface EstAsyncApi {

    /**
     * The project every call is scoped to.
     *
     * @return the project every call is scoped to
     */
    String projectId();

    /**
     * SIP trunks and their links.
     *
     * @return SIP trunks and their links
     */
    AsyncSipTrunks sipTrunks();

    /**
     * The endpoints of trunks.
     *
     * @return the endpoints of trunks
     */
    AsyncSipEndpoints sipEndpoints();

    /**
     * Access control lists and their IP ranges.
     *
     * @return access control lists and their IP ranges
     */
    AsyncAccessControlLists accessControlLists();

    /**
     * Credential lists and their credentials.
     *
     * @return credential lists and their credentials
     */
    AsyncCredentialLists credentialLists();

    /**
     * The project's phone numbers.
     *
     * @return the project's phone numbers
     */
    AsyncPhoneNumbers phoneNumbers();

    /**
     * Which countries the project may call.
     *
     * @return which countries the project may call
     */
    AsyncCountryPermissions countryPermissions();

    /**
     * Call detail records, exports and packet captures.
     *
     * @return call detail records, exports and packet captures
     */
    AsyncCalls calls();

    /**
     * Call blocking rules.
     *
     * @return call blocking rules
     */
    AsyncCallBlockingRules callBlockingRules();

    /**
     * Enabling EST on further projects.
     *
     * @return enabling EST on further projects
     */
    AsyncProjects projects();
}
