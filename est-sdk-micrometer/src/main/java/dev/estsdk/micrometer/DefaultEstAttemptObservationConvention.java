package dev.estsdk.micrometer;

import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallInfo;
import io.micrometer.common.KeyValues;

import static dev.estsdk.micrometer.EstObservationKeys.*;

/**
 * The default names and tags of an attempt observation: name
 * {@value EstObservationKeys#ATTEMPT_NAME}, contextual name the operation and attempt number
 * (e.g. {@code GetSipTrunkById attempt 2}), and the low-cardinality keys service, carrier,
 * operation, method, path template, status, outcome, attempt and retrying. No high-cardinality
 * keys. Extend it to add or change keys.
 */
public class DefaultEstAttemptObservationConvention implements EstAttemptObservationConvention {

    /** The shared instance. */
    public static final DefaultEstAttemptObservationConvention INSTANCE = new DefaultEstAttemptObservationConvention();

    /** A convention with the default names and keys. */
    public DefaultEstAttemptObservationConvention() {
    }

    @Override
    public String getName() {
        return ATTEMPT_NAME;
    }

    @Override
    public String getContextualName(EstAttemptContext context) {
        return context.call().operation() + " attempt " + context.attempt();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(EstAttemptContext context) {
        CallInfo call = context.call();
        AttemptEvent event = context.event();
        KeyValues keys = KeyValues.of(
                SERVICE, call.service(),
                CARRIER, carrier(call.service()),
                OPERATION, call.operation(),
                METHOD, call.method(),
                PATH_TEMPLATE, call.pathTemplate(),
                ATTEMPT, Integer.toString(context.attempt()));
        if (event == null) {
            return keys.and(STATUS, UNKNOWN, OUTCOME, UNKNOWN, RETRYING, UNKNOWN);
        }
        return keys.and(
                STATUS, status(event.status()),
                OUTCOME, event.outcome().name(),
                RETRYING, Boolean.toString(event.retrying()));
    }
}
