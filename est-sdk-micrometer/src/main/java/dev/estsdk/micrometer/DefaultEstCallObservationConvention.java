package dev.estsdk.micrometer;

import dev.estsdk.core.CallEvent;
import dev.estsdk.core.CallInfo;
import io.micrometer.common.KeyValues;

import static dev.estsdk.micrometer.EstObservationKeys.*;

/**
 * The default names and tags of a call observation: name {@value EstObservationKeys#CALL_NAME},
 * contextual name the operation (e.g. {@code GetSipTrunkById}), and the low-cardinality keys
 * service, carrier, operation, method, path template, status, outcome, attempts, retries and
 * error. No high-cardinality keys. Extend it to add or change keys.
 */
public class DefaultEstCallObservationConvention implements EstCallObservationConvention {

    /** The shared instance. */
    public static final DefaultEstCallObservationConvention INSTANCE = new DefaultEstCallObservationConvention();

    /** A convention with the default names and keys. */
    public DefaultEstCallObservationConvention() {
    }

    @Override
    public String getName() {
        return CALL_NAME;
    }

    @Override
    public String getContextualName(EstCallContext context) {
        return context.call().operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(EstCallContext context) {
        CallInfo call = context.call();
        CallEvent event = context.event();
        KeyValues keys = KeyValues.of(
                SERVICE, call.service(),
                CARRIER, carrier(call.service()),
                OPERATION, call.operation(),
                METHOD, call.method(),
                PATH_TEMPLATE, call.pathTemplate());
        if (event == null) {
            return keys.and(STATUS, UNKNOWN, OUTCOME, UNKNOWN, ATTEMPTS, UNKNOWN, RETRIES, UNKNOWN, ERROR, UNKNOWN);
        }
        return keys.and(
                STATUS, status(event.status()),
                OUTCOME, event.outcome().name(),
                ATTEMPTS, Integer.toString(event.attempts()),
                RETRIES, Integer.toString(Math.max(0, event.attempts() - 1)),
                ERROR, event.exceptionType() == null ? NONE : event.exceptionType());
    }
}
