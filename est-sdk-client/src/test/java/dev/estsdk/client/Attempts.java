package dev.estsdk.client;

import dev.estsdk.core.AttemptEvent;
import dev.estsdk.core.CallListener;
import dev.estsdk.core.CallObserver;

import java.util.function.Consumer;

/** A {@link CallListener} that hands every attempt's event to a consumer, as tests read them. */
public final class Attempts {

    private Attempts() {
    }

    /**
     * A listener reporting each attempt.
     *
     * @param sink receives every attempt event
     * @return the listener
     */
    public static CallListener into(Consumer<AttemptEvent> sink) {
        return call -> new CallObserver() {
            @Override
            public void attemptEnded(AttemptEvent event) {
                sink.accept(event);
            }
        };
    }
}
