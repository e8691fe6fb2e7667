package dev.estsdk.workflows;

/**
 * The problems {@link TrunkProvisioner#check(String)} detects: the EST troubleshooting table as
 * code, each with the SIP symptom it causes, its cause, the fix and the SDK call that checks it.
 * The Twilio constants are Twilio's own findings, reported for trunks of
 * {@link Carrier#twilio(dev.estsdk.twilio.TwilioApi)} instead of their Sinch counterparts.
 */
public enum FindingType {

    /** No access control list or credential list is linked to the trunk. */
    NO_OUTBOUND_AUTH(Severity.ERROR,
            "outbound INVITE rejected with SIP 403",
            "no access control list (source IP) or credential list (SIP digest) is linked to the trunk",
            "link one: est.sipTrunks().addAccessControlLists(trunkId, ids) or addCredentialLists(trunkId, ids)",
            "est.sipTrunks().listAccessControlLists(trunkId), est.sipTrunks().listCredentialLists(trunkId)"),

    /** A registered endpoint's username is in no credential list linked to the trunk. */
    CREDENTIAL_LIST_NOT_LINKED(Severity.ERROR,
            "REGISTER rejected with SIP 401",
            "no credential list linked to the trunk holds a registered endpoint's username (creating the endpoint "
                    + "does not link the list)",
            "est.sipTrunks().addCredentialLists(trunkId, List.of(credentialListId))",
            "est.sipTrunks().listCredentialLists(trunkId)"),

    /** The trunk has no enabled endpoint. */
    NO_ENABLED_ENDPOINT(Severity.ERROR,
            "inbound INVITE answered with SIP 503",
            "no enabled endpoint can take inbound calls",
            "create or enable an endpoint: est.sipEndpoints().createStatic(trunkId, ...) or "
                    + "ResourceModifier.staticEndpoint(trunkId, id, e -> e.enabled(true))",
            "est.sipEndpoints().list(trunkId)"),

    /** No phone number is assigned to the trunk. */
    NO_PHONE_NUMBERS(Severity.WARNING,
            "inbound calls never reach the trunk (SIP 404 for the dialled number)",
            "no phone number is assigned to the trunk",
            "est.phoneNumbers().assign(trunkId, e164) or TrunkProvisioner.assignNumbers(trunkId, numbers)",
            "est.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunkId))"),

    /** A change is younger than the propagation window. */
    RECENT_CHANGE(Severity.WARNING,
            "calls or registrations fail (404, 401, 403) although the configuration is right",
            "a change is younger than the propagation window (about 60 s) and has not reached the SIP edge yet",
            "wait until the time given: ProvisioningResult.awaitPropagation()",
            "TrunkProvisioner.check(trunkId)"),

    /** Twilio: no IP access control list and no credential list is associated with the trunk. */
    NO_TERMINATION_AUTH(Severity.ERROR,
            "outbound INVITE to the trunk's termination URI gets no service: Twilio drops traffic of a trunk "
                    + "without an authentication scheme (SIP 403)",
            "no IP access control list (source IP) and no credential list (SIP digest) is associated with the "
                    + "trunk, so its auth_type is empty",
            "associate one: twilio.trunkIpAccessControlLists().add(trunkSid, aclSid) or "
                    + "twilio.trunkCredentialLists().add(trunkSid, credentialListSid)",
            "twilio.trunkIpAccessControlLists().list(trunkSid), twilio.trunkCredentialLists().list(trunkSid)"),

    /** Twilio: the trunk has no enabled origination URL and no disaster-recovery URL. */
    NO_ENABLED_ORIGINATION_URL(Severity.ERROR,
            "inbound calls fail: Twilio logs error 32010 (no valid or active origination URL) and the caller "
                    + "hears the call fail",
            "no enabled origination URL can take inbound calls and no disaster-recovery URL is set",
            "create or enable one: twilio.originationUrls().create(trunkSid, ...) or set a "
                    + "DisasterRecoveryUrl on the trunk",
            "twilio.originationUrls().list(trunkSid)"),

    /** Twilio: no phone number is associated with the trunk. */
    NUMBERS_NOT_ASSOCIATED(Severity.WARNING,
            "inbound calls never reach the trunk: the dialled number routes elsewhere (its voice URL or "
                    + "application)",
            "no phone number of the account is associated with the trunk",
            "twilio.trunkPhoneNumbers().add(trunkSid, phoneNumberSid) or TrunkProvisioner.assignNumbers(trunkId, "
                    + "numbers)",
            "twilio.trunkPhoneNumbers().list(trunkSid)"),

    /** Twilio: secure trunking is on but an origination URL does not use TLS. */
    SECURE_TRUNK_WITHOUT_TLS(Severity.WARNING,
            "inbound calls to that URL are sent over TLS to a port that expects another transport: the TLS "
                    + "handshake fails and Twilio logs error 32011",
            "the trunk is secure (TLS and SRTP only), so Twilio ignores the URL's transport and uses TLS "
                    + "(port 5061 unless given)",
            "use ;transport=tls and the PBX's TLS port in the origination URL: apply the plan again (secure "
                    + "forces TLS) or twilio.originationUrls().update(trunkSid, sid, ...)",
            "twilio.originationUrls().list(trunkSid)");

    /** How bad a finding is. */
    public enum Severity {
        /** Calls or registrations fail until it is fixed. */
        ERROR,
        /** Something may not work as expected, or only temporarily. */
        WARNING
    }

    private final Severity severity;
    private final String sipSymptom;
    private final String cause;
    private final String fix;
    private final String checkedBy;

    FindingType(Severity severity, String sipSymptom, String cause, String fix, String checkedBy) {
        this.severity = severity;
        this.sipSymptom = sipSymptom;
        this.cause = cause;
        this.fix = fix;
        this.checkedBy = checkedBy;
    }

    /**
     * How bad the finding is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * What the SIP side sees, e.g. {@code REGISTER rejected with SIP 401}.
     *
     * @return the symptom
     */
    public String sipSymptom() {
        return sipSymptom;
    }

    /**
     * Why it happens.
     *
     * @return the cause
     */
    public String cause() {
        return cause;
    }

    /**
     * How to fix it, naming the SDK call.
     *
     * @return the fix
     */
    public String fix() {
        return fix;
    }

    /**
     * The SDK call that shows the problem.
     *
     * @return the call
     */
    public String checkedBy() {
        return checkedBy;
    }
}
