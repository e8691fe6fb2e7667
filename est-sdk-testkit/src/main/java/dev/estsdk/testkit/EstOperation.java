package dev.estsdk.testkit;

import org.jspecify.annotations.Nullable;

/**
 * Every operation the simulator serves: the 49 EST operations of the API reference (§3, numbered
 * as there) plus the OAuth2 token endpoint. Use the constants to aim fault injection at one
 * operation ({@link Faults#forOperation(EstOperation)}).
 */
public enum EstOperation {
    /** OAuth2 client-credentials token endpoint, {@code POST /oauth2/token} (not an EST path). */
    ACCESS_TOKEN(0, "GetAccessToken", "POST", null),
    /** #1 {@code POST /trunks}. */
    CREATE_SIP_TRUNK(1, "CreateSipTrunk", "POST", "/trunks"),
    /** #2 {@code GET /trunks}. */
    LIST_SIP_TRUNKS(2, "GetSipTrunks", "GET", "/trunks"),
    /** #3 {@code GET /trunks/{sipTrunkId}}. */
    GET_SIP_TRUNK(3, "GetSipTrunkById", "GET", "/trunks/{sipTrunkId}"),
    /** #4 {@code PUT /trunks/{sipTrunkId}}. */
    UPDATE_SIP_TRUNK(4, "UpdateSipTrunk", "PUT", "/trunks/{sipTrunkId}"),
    /** #5 {@code DELETE /trunks/{sipTrunkId}}. */
    DELETE_SIP_TRUNK(5, "DeleteSipTrunk", "DELETE", "/trunks/{sipTrunkId}"),
    /** #6 {@code POST /trunks/{trunkId}/accessControlLists}. */
    ADD_ACCESS_CONTROL_LISTS_TO_TRUNK(6, "AddAccessControlListToTrunk", "POST", "/trunks/{trunkId}/accessControlLists"),
    /** #7 {@code GET /trunks/{trunkId}/accessControlLists}. */
    LIST_ACCESS_CONTROL_LISTS_FOR_TRUNK(7, "GetAccessControlListsForTrunk", "GET",
            "/trunks/{trunkId}/accessControlLists"),
    /** #8 {@code DELETE /trunks/{trunkId}/accessControlLists/{accessControlListId}}. */
    REMOVE_ACCESS_CONTROL_LIST_FROM_TRUNK(8, "DeleteAccessControlListFromTrunk", "DELETE",
            "/trunks/{trunkId}/accessControlLists/{accessControlListId}"),
    /** #9 {@code POST /trunks/{trunkId}/credentialLists}. */
    ADD_CREDENTIAL_LISTS_TO_TRUNK(9, "AddCredentialListToTrunk", "POST", "/trunks/{trunkId}/credentialLists"),
    /** #10 {@code GET /trunks/{trunkId}/credentialLists}. */
    LIST_CREDENTIAL_LISTS_FOR_TRUNK(10, "GetCredentialListsForTrunk", "GET", "/trunks/{trunkId}/credentialLists"),
    /** #11 {@code PUT /trunks/{trunkId}/credentialLists}. */
    REPLACE_CREDENTIAL_LISTS_FOR_TRUNK(11, "BulkUpdateCredentialListsForTrunk", "PUT",
            "/trunks/{trunkId}/credentialLists"),
    /** #12 {@code DELETE /trunks/{trunkId}/credentialLists/{credentialListId}}. */
    REMOVE_CREDENTIAL_LIST_FROM_TRUNK(12, "RemoveCredentialListFromTrunk", "DELETE",
            "/trunks/{trunkId}/credentialLists/{credentialListId}"),
    /** #13 {@code POST /trunks/{sipTrunkId}/endpoints}. */
    CREATE_SIP_ENDPOINT(13, "CreateSipEndpoint", "POST", "/trunks/{sipTrunkId}/endpoints"),
    /** #14 {@code GET /trunks/{sipTrunkId}/endpoints}. */
    LIST_SIP_ENDPOINTS(14, "GetSipEndpoints", "GET", "/trunks/{sipTrunkId}/endpoints"),
    /** #15 {@code GET /trunks/{sipTrunkId}/endpoints/{sipEndpointId}}. */
    GET_SIP_ENDPOINT(15, "GetSipEndpointById", "GET", "/trunks/{sipTrunkId}/endpoints/{sipEndpointId}"),
    /** #16 {@code PUT /trunks/{sipTrunkId}/endpoints/{sipEndpointId}}. */
    UPDATE_SIP_ENDPOINT(16, "UpdateSipEndpoint", "PUT", "/trunks/{sipTrunkId}/endpoints/{sipEndpointId}"),
    /** #17 {@code DELETE /trunks/{sipTrunkId}/endpoints/{sipEndpointId}}. */
    DELETE_SIP_ENDPOINT(17, "DeleteSipEndpoint", "DELETE", "/trunks/{sipTrunkId}/endpoints/{sipEndpointId}"),
    /** #18 {@code POST /accessControlLists}. */
    CREATE_ACCESS_CONTROL_LIST(18, "CreateAccessControlList", "POST", "/accessControlLists"),
    /** #19 {@code GET /accessControlLists}. */
    LIST_ACCESS_CONTROL_LISTS(19, "GetAccessControlLists", "GET", "/accessControlLists"),
    /** #20 {@code GET /accessControlLists/{accessControlListId}}. */
    GET_ACCESS_CONTROL_LIST(20, "GetAccessControlListById", "GET", "/accessControlLists/{accessControlListId}"),
    /** #21 {@code PUT /accessControlLists/{accessControlListId}}. */
    UPDATE_ACCESS_CONTROL_LIST(21, "UpdateAccessControlList", "PUT", "/accessControlLists/{accessControlListId}"),
    /** #22 {@code DELETE /accessControlLists/{accessControlListId}}. */
    DELETE_ACCESS_CONTROL_LIST(22, "DeleteAccessControlList", "DELETE", "/accessControlLists/{accessControlListId}"),
    /** #23 {@code GET /accessControlLists/{accessControlListId}/trunks}. */
    LIST_TRUNKS_FOR_ACCESS_CONTROL_LIST(23, "TrunksByAcl", "GET", "/accessControlLists/{accessControlListId}/trunks"),
    /** #24 {@code POST /accessControlLists/{accessControlListId}/ipRanges}. */
    ADD_IP_RANGE(24, "AddIpRangeToAccessControlList", "POST", "/accessControlLists/{accessControlListId}/ipRanges"),
    /** #25 {@code GET /accessControlLists/{accessControlListId}/ipRanges}. */
    LIST_IP_RANGES(25, "GetIpRangesForAccessControlList", "GET", "/accessControlLists/{accessControlListId}/ipRanges"),
    /** #26 {@code PUT /accessControlLists/{accessControlListId}/ipRanges/{ipRangeId}}. */
    UPDATE_IP_RANGE(26, "UpdateIpRangeFromAccessControlList", "PUT",
            "/accessControlLists/{accessControlListId}/ipRanges/{ipRangeId}"),
    /** #27 {@code DELETE /accessControlLists/{accessControlListId}/ipRanges/{ipRangeId}}. */
    DELETE_IP_RANGE(27, "DeleteIpRangeFromAccessControlList", "DELETE",
            "/accessControlLists/{accessControlListId}/ipRanges/{ipRangeId}"),
    /** #28 {@code POST /credentialLists}. */
    CREATE_CREDENTIAL_LIST(28, "CreateCredentialList", "POST", "/credentialLists"),
    /** #29 {@code GET /credentialLists}. */
    LIST_CREDENTIAL_LISTS(29, "GetCredentialLists", "GET", "/credentialLists"),
    /** #30 {@code GET /credentialLists/{credentialListId}}. */
    GET_CREDENTIAL_LIST(30, "GetCredentialListById", "GET", "/credentialLists/{credentialListId}"),
    /** #31 {@code PUT /credentialLists/{credentialListId}}. */
    UPDATE_CREDENTIAL_LIST(31, "UpdateCredentialList", "PUT", "/credentialLists/{credentialListId}"),
    /** #32 {@code DELETE /credentialLists/{credentialListId}}. */
    DELETE_CREDENTIAL_LIST(32, "DeleteCredentialList", "DELETE", "/credentialLists/{credentialListId}"),
    /** #33 {@code GET /credentialLists/{credentialListId}/trunks}. */
    LIST_TRUNKS_FOR_CREDENTIAL_LIST(33, "TrunksByCredentialList", "GET", "/credentialLists/{credentialListId}/trunks"),
    /** #34 {@code PUT /credentialLists/{credentialListId}/credentials/{username}}. */
    UPDATE_CREDENTIAL(34, "UpdateCredential", "PUT", "/credentialLists/{credentialListId}/credentials/{username}"),
    /** #35 {@code DELETE /credentialLists/{credentialListId}/credentials/{username}}. */
    DELETE_CREDENTIAL(35, "DeleteCredential", "DELETE", "/credentialLists/{credentialListId}/credentials/{username}"),
    /** #36 {@code GET /phoneNumbers}. */
    LIST_PHONE_NUMBERS(36, "GetPhoneNumbers", "GET", "/phoneNumbers"),
    /** #37 {@code GET /phoneNumbers/{phoneNumber}}. */
    GET_PHONE_NUMBER(37, "GetPhoneNumber", "GET", "/phoneNumbers/{phoneNumber}"),
    /** #38 {@code POST /phoneNumbers} (assign, or unassign with {@code sipTrunkId: ""}). */
    ASSIGN_PHONE_NUMBER(38, "AssignPhoneNumber", "POST", "/phoneNumbers"),
    /** #39 {@code GET /countryPermissions}. */
    LIST_COUNTRY_PERMISSIONS(39, "GetCountryPermissions", "GET", "/countryPermissions"),
    /** #40 {@code GET /countryPermissions/{isoCode}}. */
    GET_COUNTRY_PERMISSION(40, "GetCountryPermission", "GET", "/countryPermissions/{isoCode}"),
    /** #41 {@code PUT /countryPermissions/{isoCode}}. */
    UPDATE_COUNTRY_PERMISSION(41, "UpdateCountryPermission", "PUT", "/countryPermissions/{isoCode}"),
    /** #42 {@code GET /calls}. */
    FIND_CALLS(42, "FindCalls", "GET", "/calls"),
    /** #43 {@code GET /calls/export}. */
    EXPORT_CALL_RECORDS(43, "ExportCallRecords", "GET", "/calls/export"),
    /** #44 {@code GET /calls/records/{pcapId}/pcap}. */
    GET_PCAP(44, "GetPcap", "GET", "/calls/records/{pcapId}/pcap"),
    /** #45 {@code GET /callBlockingRules}. */
    LIST_CALL_BLOCKING_RULES(45, "GetBlockingRules", "GET", "/callBlockingRules"),
    /** #46 {@code POST /callBlockingRules}. */
    CREATE_CALL_BLOCKING_RULE(46, "CreateBlockingRule", "POST", "/callBlockingRules"),
    /** #47 {@code PUT /callBlockingRules/{callBlockingRuleId}}. */
    UPDATE_CALL_BLOCKING_RULE(47, "UpdateBlockingRuleById", "PUT", "/callBlockingRules/{callBlockingRuleId}"),
    /** #48 {@code DELETE /callBlockingRules/{callBlockingRuleId}}. */
    DELETE_CALL_BLOCKING_RULE(48, "DeleteBlockingRuleById", "DELETE", "/callBlockingRules/{callBlockingRuleId}"),
    /** #49 {@code POST /addProjects}. */
    ADD_PROJECTS(49, "AddEstProjects", "POST", "/addProjects");

    private final int number;
    private final String operationId;
    private final String method;
    private final @Nullable String pathTemplate;

    EstOperation(int number, String operationId, String method, @Nullable String pathTemplate) {
        this.number = number;
        this.operationId = operationId;
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    /**
     * Returns the operation's number in the API reference §3 (0 for the token endpoint).
     *
     * @return the operation's number in the API reference §3 (0 for the token endpoint)
     */
    public int number() {
        return number;
    }

    /**
     * Returns the operation id as Sinch's Node.js SDK names it, e.g. {@code CreateSipTrunk}.
     *
     * @return the operation id as Sinch's Node.js SDK names it, e.g. {@code CreateSipTrunk}
     */
    public String operationId() {
        return operationId;
    }

    /**
     * Returns the HTTP method.
     *
     * @return the HTTP method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path after {@code /v1/projects/{projectId}}, e.g. {@code /trunks/{sipTrunkId}}.
     *
     * @return the path after {@code /v1/projects/{projectId}}, e.g. {@code /trunks/{sipTrunkId}};
     *     the full path {@code /oauth2/token} for {@link #ACCESS_TOKEN}
     */
    public String pathTemplate() {
        return pathTemplate == null ? "/oauth2/token" : pathTemplate;
    }

    /**
     * Returns whether the operation changes state (POST, PUT, DELETE on an EST path).
     *
     * @return whether the operation changes state (POST, PUT, DELETE on an EST path)
     */
    public boolean isMutation() {
        return this != ACCESS_TOKEN && !"GET".equals(method);
    }
}
