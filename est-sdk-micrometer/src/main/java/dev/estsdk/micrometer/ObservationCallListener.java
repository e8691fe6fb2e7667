package dev.estsdk.micrometer;

import org.jspecify.annotations.Nullable;
import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallEvent;
import dev.estsdk.core.CallInfo;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.CallObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Objects;

/**
 * A {@link CallListener} that records every call as an {@link Observation} named
 * {@value EstObservationKeys#CALL_NAME}, and each of its HTTP attempts as a child observation
 * named {@value EstObservationKeys#ATTEMPT_NAME}. The call observation's parent is the
 * observation current on the thread that starts the call, so SDK calls nest under a request span.
 * Tags are low-cardinality only (see {@link EstObservationKeys}); no identifier, concrete path,
 * token or secret reaches them.
 *
 * <pre>{@code
 * EstClient client = EstClient.builder()
 *         .projectId(projectId)
 *         .credentials(EstCredentials.oauth(keyId, keySecret))
 *         .callListener(ObservationCallListener.of(observationRegistry))
 *         .build();
 * }</pre>
 *
 * <p>The attempt observations are started and stopped without opening a scope, since the client
 * may run them on its I/O threads. Thread-safe.
 */
public final class ObservationCallListener implements CallListener {

    private final ObservationRegistry registry;
    private final @Nullable EstCallObservationConvention callConvention;
    private final @Nullable EstAttemptObservationConvention attemptConvention;

    private ObservationCallListener(Builder builder) {
        this.registry = builder.registry;
        this.callConvention = builder.callConvention;
        this.attemptConvention = builder.attemptConvention;
    }

    /**
     * A listener with the default conventions.
     *
     * @param registry where the observations go
     * @return the listener
     * @throws NullPointerException if registry is null
     */
    public static ObservationCallListener of(ObservationRegistry registry) {
        return builder(registry).build();
    }

    /**
     * A builder, to replace the conventions.
     *
     * @param registry where the observations go
     * @return the builder
     * @throws NullPointerException if registry is null
     */
    public static Builder builder(ObservationRegistry registry) {
        return new Builder(registry);
    }

    @Override
    public CallObserver callStarted(CallInfo call) {
        if (registry.isNoop()) {
            return CallObserver.NONE;
        }
        EstCallContext context = new EstCallContext(call);
        Observation observation = Observation.createNotStarted(callConvention,
                DefaultEstCallObservationConvention.INSTANCE, () -> context, registry).start();
        return new CallObservation(observation, context);
    }

    @Override
    public String toString() {
        return "ObservationCallListener";
    }

    private final class CallObservation implements CallObserver {
        private final Observation call;
        private final EstCallContext context;
        private @Nullable OpenAttempt open;

        CallObservation(Observation call, EstCallContext context) {
            this.call = call;
            this.context = context;
        }

        @Override
        public synchronized void attemptStarted(int number) {
            open = start(number);
        }

        @Override
        public synchronized void attemptEnded(AttemptEvent event) {
            OpenAttempt current = open;
            if (current == null || current.context().attempt() != event.attempt()) {
                current = start(event.attempt());
            }
            open = null;
            current.context().ended(event);
            current.observation().stop();
        }

        @Override
        public synchronized void callEnded(CallEvent event) {
            stopOpenAttempt();
            context.ended(event);
            call.stop();
        }

        private OpenAttempt start(int number) {
            stopOpenAttempt();
            EstAttemptContext started = new EstAttemptContext(context.call(), number);
            Observation observation = Observation.createNotStarted(attemptConvention,
                    DefaultEstAttemptObservationConvention.INSTANCE, () -> started, registry)
                    .parentObservation(call)
                    .start();
            return new OpenAttempt(observation, started);
        }

        private void stopOpenAttempt() {
            OpenAttempt current = open;
            if (current != null) {
                open = null;
                current.observation().stop();
            }
        }
    }

    private record OpenAttempt(Observation observation, EstAttemptContext context) {
    }

    /** Builds an {@link ObservationCallListener}. Not thread-safe. */
    public static final class Builder {
        private final ObservationRegistry registry;
        private @Nullable EstCallObservationConvention callConvention;
        private @Nullable EstAttemptObservationConvention attemptConvention;

        private Builder(ObservationRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Replaces the default call convention ({@link DefaultEstCallObservationConvention}).
         * Without one, a {@code GlobalObservationConvention} registered on the registry for
         * {@link EstCallContext} is used before the default.
         *
         * @param value the convention, or null for the default
         * @return this builder
         */
        public Builder callConvention(@Nullable EstCallObservationConvention value) {
            this.callConvention = value;
            return this;
        }

        /**
         * Replaces the default attempt convention ({@link DefaultEstAttemptObservationConvention}).
         *
         * @param value the convention, or null for the default
         * @return this builder
         */
        public Builder attemptConvention(@Nullable EstAttemptObservationConvention value) {
            this.attemptConvention = value;
            return this;
        }

        /**
         * Builds the listener.
         *
         * @return the listener
         */
        public ObservationCallListener build() {
            return new ObservationCallListener(this);
        }
    }
}
