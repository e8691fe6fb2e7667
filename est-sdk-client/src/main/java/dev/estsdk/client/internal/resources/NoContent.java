package dev.estsdk.client.internal.resources;

import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import feign.Request;

import java.util.function.Consumer;

/** Runs calls that answer without a body, such as deletes (204 No Content). */
final class NoContent {

    private NoContent() {
    }

    /**
     * Runs a call whose answer carries nothing to return.
     *
     * @param calls     the runner
     * @param operation the operation
     * @param attempt   makes one attempt with the given timeouts
     */
    static void run(CallRunner calls, Operation operation, Consumer<Request.Options> attempt) {
        calls.execute(operation, options -> {
            attempt.accept(options);
            return null;
        });
    }
}
