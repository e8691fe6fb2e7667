package dev.estsdk.workflows;

/**
 * The problems {@link TrunkProvisioner#check(String)} detects: the EST troubleshooting table as
 * code, each with the SIP symptom it causes, its cause, the fix and the SDK call that checks it.
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
            "TrunkProvisioner.check(trunkId)");

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
