/**
 * Provisioning workflows on top of the API: plans, plan files, teardown, read-modify-write and diagnostics.
 */
module dev.estsdk.workflows {
    requires transitive dev.estsdk.api;
    // Carrier.twilio(TwilioApi) and TwilioOptions name Twilio types.
    requires transitive dev.estsdk.twilio;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    // The nullness annotations: read at compile time by callers, not needed at run time.
    requires static transitive org.jspecify;

    exports dev.estsdk.workflows;
}
