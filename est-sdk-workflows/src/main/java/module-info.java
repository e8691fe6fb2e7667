/**
 * Provisioning workflows on top of the API: plans, teardown, read-modify-write and diagnostics.
 */
module dev.estsdk.workflows {
    requires transitive dev.estsdk.api;
    requires org.slf4j;

    exports dev.estsdk.workflows;
}
