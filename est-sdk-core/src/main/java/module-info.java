/**
 * The attempt pipeline shared by the carrier clients: Feign over the JDK {@code HttpClient},
 * retries, deadlines, {@link dev.estsdk.core.RetryPolicy} and {@link dev.estsdk.core.CallListener}.
 * Its internal package is for the SDK's own client modules only.
 */
// "module": the client modules named in the qualified export are built after this one.
// "requires-automatic": resilience4j 2 ships Automatic-Module-Name, not a module-info.
@SuppressWarnings({"module", "requires-automatic"})
module dev.estsdk.core {
    requires transitive dev.estsdk.api;
    requires transitive java.net.http;
    requires feign.core;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    // The nullness annotations: read at compile time by callers, not needed at run time.
    requires static transitive org.jspecify;

    exports dev.estsdk.core;
    exports dev.estsdk.core.internal to dev.estsdk.client, dev.estsdk.twilio;
}
