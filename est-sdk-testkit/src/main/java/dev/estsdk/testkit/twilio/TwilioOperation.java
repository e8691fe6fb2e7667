package dev.estsdk.testkit.twilio;

/**
 * Every operation the Twilio simulator serves, numbered as rows 1 to 47 (and 49) of the endpoint
 * catalogue in Twilio's trunking reference; aim faults at one with
 * {@link TwilioFaults#forOperation(TwilioOperation)}. Path templates name SIDs by their prefix:
 * {@code {TK}} is a trunk SID, {@code {AC}} the Account SID.
 */
public enum TwilioOperation {
    /** #1 */ CREATE_TRUNK(1, "POST", "/v1/Trunks"),
    /** #2 */ LIST_TRUNKS(2, "GET", "/v1/Trunks"),
    /** #3 */ FETCH_TRUNK(3, "GET", "/v1/Trunks/{TK}"),
    /** #4 */ UPDATE_TRUNK(4, "POST", "/v1/Trunks/{TK}"),
    /** #5 */ DELETE_TRUNK(5, "DELETE", "/v1/Trunks/{TK}"),
    /** #6 */ FETCH_RECORDING(6, "GET", "/v1/Trunks/{TK}/Recording"),
    /** #7 */ UPDATE_RECORDING(7, "POST", "/v1/Trunks/{TK}/Recording"),
    /** #8 */ CREATE_ORIGINATION_URL(8, "POST", "/v1/Trunks/{TK}/OriginationUrls"),
    /** #9 */ LIST_ORIGINATION_URLS(9, "GET", "/v1/Trunks/{TK}/OriginationUrls"),
    /** #10 */ FETCH_ORIGINATION_URL(10, "GET", "/v1/Trunks/{TK}/OriginationUrls/{OU}"),
    /** #11 */ UPDATE_ORIGINATION_URL(11, "POST", "/v1/Trunks/{TK}/OriginationUrls/{OU}"),
    /** #12 */ DELETE_ORIGINATION_URL(12, "DELETE", "/v1/Trunks/{TK}/OriginationUrls/{OU}"),
    /** #13 */ ADD_TRUNK_IP_ACCESS_CONTROL_LIST(13, "POST", "/v1/Trunks/{TK}/IpAccessControlLists"),
    /** #14 */ LIST_TRUNK_IP_ACCESS_CONTROL_LISTS(14, "GET", "/v1/Trunks/{TK}/IpAccessControlLists"),
    /** #15 */ FETCH_TRUNK_IP_ACCESS_CONTROL_LIST(15, "GET", "/v1/Trunks/{TK}/IpAccessControlLists/{AL}"),
    /** #16 */ REMOVE_TRUNK_IP_ACCESS_CONTROL_LIST(16, "DELETE", "/v1/Trunks/{TK}/IpAccessControlLists/{AL}"),
    /** #17 */ ADD_TRUNK_CREDENTIAL_LIST(17, "POST", "/v1/Trunks/{TK}/CredentialLists"),
    /** #18 */ LIST_TRUNK_CREDENTIAL_LISTS(18, "GET", "/v1/Trunks/{TK}/CredentialLists"),
    /** #19 */ FETCH_TRUNK_CREDENTIAL_LIST(19, "GET", "/v1/Trunks/{TK}/CredentialLists/{CL}"),
    /** #20 */ REMOVE_TRUNK_CREDENTIAL_LIST(20, "DELETE", "/v1/Trunks/{TK}/CredentialLists/{CL}"),
    /** #21 */ ADD_TRUNK_PHONE_NUMBER(21, "POST", "/v1/Trunks/{TK}/PhoneNumbers"),
    /** #22 */ LIST_TRUNK_PHONE_NUMBERS(22, "GET", "/v1/Trunks/{TK}/PhoneNumbers"),
    /** #23 */ FETCH_TRUNK_PHONE_NUMBER(23, "GET", "/v1/Trunks/{TK}/PhoneNumbers/{PN}"),
    /** #24 */ REMOVE_TRUNK_PHONE_NUMBER(24, "DELETE", "/v1/Trunks/{TK}/PhoneNumbers/{PN}"),
    /** #25 */ CREATE_IP_ACCESS_CONTROL_LIST(25, "POST", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists.json"),
    /** #26 */ LIST_IP_ACCESS_CONTROL_LISTS(26, "GET", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists.json"),
    /** #27 */ FETCH_IP_ACCESS_CONTROL_LIST(27, "GET", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}.json"),
    /** #28 */ UPDATE_IP_ACCESS_CONTROL_LIST(28, "POST", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}.json"),
    /** #29 */ DELETE_IP_ACCESS_CONTROL_LIST(29, "DELETE", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}.json"),
    /** #30 */ CREATE_IP_ADDRESS(30, "POST", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}/IpAddresses.json"),
    /** #31 */ LIST_IP_ADDRESSES(31, "GET", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}/IpAddresses.json"),
    /** #32 */ FETCH_IP_ADDRESS(32, "GET", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}/IpAddresses/{IP}.json"),
    /** #33 */ UPDATE_IP_ADDRESS(33, "POST", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}/IpAddresses/{IP}.json"),
    /** #34 */ DELETE_IP_ADDRESS(34, "DELETE", "/2010-04-01/Accounts/{AC}/SIP/IpAccessControlLists/{AL}/IpAddresses/{IP}.json"),
    /** #35 */ CREATE_CREDENTIAL_LIST(35, "POST", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists.json"),
    /** #36 */ LIST_CREDENTIAL_LISTS(36, "GET", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists.json"),
    /** #37 */ FETCH_CREDENTIAL_LIST(37, "GET", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}.json"),
    /** #38 */ UPDATE_CREDENTIAL_LIST(38, "POST", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}.json"),
    /** #39 */ DELETE_CREDENTIAL_LIST(39, "DELETE", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}.json"),
    /** #40 */ CREATE_CREDENTIAL(40, "POST", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}/Credentials.json"),
    /** #41 */ LIST_CREDENTIALS(41, "GET", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}/Credentials.json"),
    /** #42 */ FETCH_CREDENTIAL(42, "GET", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}/Credentials/{CR}.json"),
    /** #43 */ UPDATE_CREDENTIAL(43, "POST", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}/Credentials/{CR}.json"),
    /** #44 */ DELETE_CREDENTIAL(44, "DELETE", "/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{CL}/Credentials/{CR}.json"),
    /** #45 */ LIST_INCOMING_PHONE_NUMBERS(45, "GET", "/2010-04-01/Accounts/{AC}/IncomingPhoneNumbers.json"),
    /** #46 */ FETCH_INCOMING_PHONE_NUMBER(46, "GET", "/2010-04-01/Accounts/{AC}/IncomingPhoneNumbers/{PN}.json"),
    /** #47 */ UPDATE_INCOMING_PHONE_NUMBER(47, "POST", "/2010-04-01/Accounts/{AC}/IncomingPhoneNumbers/{PN}.json"),
    /** #49: releases the number from the account. */
    DELETE_INCOMING_PHONE_NUMBER(49, "DELETE", "/2010-04-01/Accounts/{AC}/IncomingPhoneNumbers/{PN}.json");

    private final int catalogueNumber;
    private final String method;
    private final String pathTemplate;

    TwilioOperation(int catalogueNumber, String method, String pathTemplate) {
        this.catalogueNumber = catalogueNumber;
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    /**
     * Returns the row of the reference's endpoint catalogue.
     *
     * @return the row of the reference's endpoint catalogue
     */
    public int catalogueNumber() {
        return catalogueNumber;
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
     * Returns the path, SIDs written as their prefix in braces, e.g. {@code /v1/Trunks/{TK}}.
     *
     * @return the path, SIDs written as their prefix in braces, e.g. {@code /v1/Trunks/{TK}}
     */
    public String pathTemplate() {
        return pathTemplate;
    }
}
