/**
 * {@link dev.estsdk.twilio.TwilioClient}, the Twilio Elastic SIP Trunking client, on the same
 * pipeline as the Sinch client.
 */
module dev.estsdk.twilio {
    requires transitive dev.estsdk.api;
    requires transitive dev.estsdk.core;
    requires transitive java.net.http;
    requires feign.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    // The nullness annotations: read at compile time by callers, not needed at run time.
    requires static transitive org.jspecify;

    exports dev.estsdk.twilio;
    exports dev.estsdk.twilio.async;
    exports dev.estsdk.twilio.model;
}
