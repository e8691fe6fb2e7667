/**
 * {@link dev.estsdk.client.EstClient}, the Sinch Elastic SIP Trunking client.
 */
module dev.estsdk.client {
    requires transitive dev.estsdk.api;
    requires transitive dev.estsdk.core;
    requires transitive java.net.http;
    requires feign.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    // The nullness annotations: read at compile time by callers, not needed at run time.
    requires static transitive org.jspecify;

    exports dev.estsdk.client;

    // The wire records that Jackson reads and writes.
    opens dev.estsdk.client.internal.resources to com.fasterxml.jackson.databind;
}
