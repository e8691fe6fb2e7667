package dev.estsdk.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of one HTTP attempt. Implement it (or extend
 * {@link DefaultEstAttemptObservationConvention}) and pass it to
 * {@link ObservationCallListener.Builder#attemptConvention(EstAttemptObservationConvention)} to
 * change them; keep identifiers and secrets out of every key value.
 */
public interface EstAttemptObservationConvention extends ObservationConvention<EstAttemptContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof EstAttemptContext;
    }
}
