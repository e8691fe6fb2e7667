package dev.estsdk.workflows;

/** What a step does to a resource. */
public enum ChangeType {
    /** Creates a resource. */
    CREATE,
    /** Replaces a resource's writable fields (full-replacement PUT). */
    UPDATE,
    /** Links an access control list or credential list to the trunk. */
    LINK,
    /** Assigns a phone number to the trunk. */
    ASSIGN,
    /** Removes a phone number from the trunk. */
    UNASSIGN,
    /** Unlinks an access control list or credential list from the trunk (the list stays). */
    UNLINK,
    /** Deletes a resource. */
    DELETE
}
