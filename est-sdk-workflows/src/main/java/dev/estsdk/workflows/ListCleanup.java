package dev.estsdk.workflows;

/** What a teardown does with the access control lists and credential lists it unlinks. */
public enum ListCleanup {
    /** Unlink them from the trunk and keep them. */
    KEEP_LISTS,
    /**
     * Unlink them and delete those no other trunk uses (a credential list still referenced by
     * another trunk's endpoint is kept).
     */
    DELETE_UNUSED_LISTS
}
