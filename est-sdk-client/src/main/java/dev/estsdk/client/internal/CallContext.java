package dev.estsdk.client.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the request interceptors need to know about the call in progress on this thread: its
 * request id, and what they report back (the concrete path and the token they attached).
 * {@link CallExecutor} opens one per call around its attempts.
 */
final class CallContext {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    private final Operation operation;
    private final String requestId;
    private volatile String path;
    private volatile String authorization;
    private volatile int status = -1;
    private volatile java.time.Duration tokenBudget;

    private CallContext(Operation operation, String requestId) {
        this.operation = operation;
        this.requestId = requestId;
    }

    /** Opens a context with a fresh request id on this thread; close it with {@link #close(CallContext)}. */
    static CallContext open(Operation operation) {
        CallContext context = new CallContext(operation, newRequestId());
        CURRENT.set(context);
        return context;
    }

    /**
     * A random (version 4) UUID for the {@code X-Request-Id} header. It only has to be unique, not
     * unguessable, so it comes from {@link ThreadLocalRandom} rather than the shared, synchronised
     * {@code SecureRandom} behind {@link UUID#randomUUID()}.
     *
     * @return the id in its canonical text form
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Ends the context of this thread. */
    static void close(CallContext previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** @return the context of the call running on this thread, or null outside a call */
    static CallContext current() {
        return CURRENT.get();
    }

    Operation operation() {
        return operation;
    }

    String requestId() {
        return requestId;
    }

    /** @return the concrete path of the latest attempt, or the template before the first */
    String path() {
        String p = path;
        return p == null ? operation.pathTemplate() : p;
    }

    void path(String value) {
        this.path = value;
    }

    /** @return the status of the latest response, or -1 when none arrived */
    int status() {
        return status;
    }

    void status(int value) {
        this.status = value;
    }

    /** @return the {@code Authorization} value the latest attempt carried, or null */
    String authorization() {
        return authorization;
    }

    void authorization(String value) {
        this.authorization = value;
    }

    /** @return how long the current attempt may spend getting a token, or {@code fallback} */
    java.time.Duration tokenBudgetOr(java.time.Duration fallback) {
        java.time.Duration budget = tokenBudget;
        return budget == null ? fallback : budget;
    }

    void tokenBudget(java.time.Duration value) {
        this.tokenBudget = value;
    }
}
