package dev.estsdk.workflows;

/** The kinds of resource a workflow creates, changes, links or removes. */
public enum ResourceType {
    /** A SIP trunk. */
    TRUNK,
    /** An access control list (outbound authorisation by source IP). */
    ACCESS_CONTROL_LIST,
    /** A credential list (SIP digest users). */
    CREDENTIAL_LIST,
    /** The link between a trunk and an access control list. */
    ACCESS_CONTROL_LIST_LINK,
    /** The link between a trunk and a credential list. */
    CREDENTIAL_LIST_LINK,
    /** A SIP endpoint of a trunk. */
    ENDPOINT,
    /** The assignment of a phone number to a trunk. */
    PHONE_NUMBER
}
