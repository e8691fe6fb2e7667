package dev.estsdk.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a whole call. Implement it (or extend
 * {@link DefaultEstCallObservationConvention}) and pass it to
 * {@link ObservationCallListener.Builder#callConvention(EstCallObservationConvention)} to change
 * them; keep identifiers and secrets out of every key value.
 */
public interface EstCallObservationConvention extends ObservationConvention<EstCallContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof EstCallContext;
    }
}
