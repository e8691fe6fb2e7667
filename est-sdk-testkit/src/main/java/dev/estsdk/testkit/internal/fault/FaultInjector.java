package dev.estsdk.testkit.internal.fault;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * All armed faults: one global scope and one per operation. For a request the operation's scope
 * is asked first, then the global one; latency is the operation's if set, else the global one.
 * The random error rate uses a fixed seed, so a run is repeatable.
 */
public final class FaultInjector {

    /**
     * The fault decision for one request.
     *
     * @param outcome the fault, or empty to serve normally
     * @param latency delay before answering, or null
     */
    public record Decision(Optional<FaultOutcome> outcome, Duration latency) {
    }

    private static final long SEED = 0x5EED_0E57L;

    private final FaultRules global = new FaultRules();
    /** Keyed by the operation enum of whichever simulator owns this injector (Sinch's or Twilio's). */
    private final Map<Enum<?>, FaultRules> perOperation = new HashMap<>();
    private SplittableRandom random = new SplittableRandom(SEED);

    /** @return the global scope */
    public FaultRules global() {
        return global;
    }

    /**
     * @param operation an operation
     * @return its scope
     */
    public synchronized FaultRules forOperation(Enum<?> operation) {
        return perOperation.computeIfAbsent(operation, o -> new FaultRules());
    }

    /**
     * @param operation the operation, or null when the request matched none (an unknown path or
     *     method): such a request uses up no fault and only gets the global latency
     * @return what to do with the request
     */
    public Decision decide(Enum<?> operation) {
        if (operation == null) {
            return new Decision(Optional.empty(), global.latency());
        }
        FaultRules scoped;
        SplittableRandom r;
        synchronized (this) {
            scoped = perOperation.get(operation);
            r = random;
        }
        Optional<FaultOutcome> outcome = Optional.empty();
        Duration latency = null;
        if (scoped != null) {
            synchronized (r) {
                outcome = scoped.next(r);
            }
            latency = scoped.latency();
        }
        if (outcome.isEmpty()) {
            synchronized (r) {
                outcome = global.next(r);
            }
        }
        return new Decision(outcome, latency != null ? latency : global.latency());
    }

    /** Disarms every scope and restarts the random sequence. */
    public synchronized void clear() {
        global.clear();
        perOperation.values().forEach(FaultRules::clear);
        random = new SplittableRandom(SEED);
    }
}
