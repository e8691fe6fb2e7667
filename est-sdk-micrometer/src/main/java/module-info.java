/**
 * Micrometer observations for est-sdk calls and attempts: {@link dev.estsdk.micrometer.ObservationCallListener}.
 */
// "requires-automatic", "requires-transitive-automatic": Micrometer 1.x ships Automatic-Module-Name,
// not a module-info; its Observation and KeyValues types are part of this module's API.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.estsdk.micrometer {
    requires transitive dev.estsdk.core;
    requires transitive micrometer.observation;
    requires transitive micrometer.commons;
    // The nullness annotations: read at compile time by callers, not needed at run time.
    requires static transitive org.jspecify;

    exports dev.estsdk.micrometer;
}
