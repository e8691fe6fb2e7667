package dev.estsdk.workflows;

/**
 * The provisioning workflows of the EST decision tree. A plan's workflow follows from the call
 * direction it serves, how outbound calls are authorised and which kind of endpoint receives
 * inbound calls:
 *
 * <pre>
 * direction  outbound auth        endpoint     workflow
 * outbound   access control list  -            A
 * inbound    -                    static       B
 * both       either               either       C
 * inbound    -                    registered   D (plus a linked credential list)
 * outbound   credential list      -            E
 * </pre>
 */
public enum Workflow {

    /** Outbound calls from a PBX authorised by its source IP (an access control list). */
    A("outbound calls authorised by source IP (access control list)"),

    /** Inbound calls delivered to a static endpoint (a fixed address and port). */
    B("inbound calls delivered to a static endpoint"),

    /** Inbound and outbound calls on one trunk. */
    C("inbound and outbound calls on one trunk"),

    /**
     * Inbound calls delivered to a registered endpoint; the credential list holding its username
     * must be linked to the trunk, or every SIP REGISTER fails with 401.
     */
    D("inbound calls delivered to a registered endpoint (credential list linked to the trunk)"),

    /** Outbound calls authorised by SIP digest credentials (a credential list). */
    E("outbound calls authorised by SIP digest credentials (credential list)");

    private final String description;

    Workflow(String description) {
        this.description = description;
    }

    /**
     * What the workflow provisions, in one line.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
