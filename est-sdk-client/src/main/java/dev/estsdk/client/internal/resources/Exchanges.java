package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import feign.Request;

import java.util.function.Consumer;
import java.util.function.Function;

/** The two shapes of a single call: one that answers a resource, and one that answers nothing. */
final class Exchanges {

    private Exchanges() {
    }

    /**
     * Runs a call that answers a resource and maps it to the model.
     *
     * @param calls     the runner
     * @param operation the operation
     * @param attempt   makes one attempt with the given timeouts
     * @param toModel   maps the decoded answer
     * @param <W>       the wire type
     * @param <T>       the model type
     * @return the model
     * @throws EstClientException when a successful answer has no body to map
     */
    static <W, T> T fetch(CallRunner calls, Operation operation, Function<Request.Options, W> attempt,
                          Function<W, T> toModel) {
        W answer = calls.execute(operation, attempt);
        if (answer == null) {
            throw new EstClientException(operation.name() + " succeeded but its answer has no body",
                    EstErrorDetails.builder().method(operation.method()).path(operation.pathTemplate()).build(),
                    null);
        }
        return toModel.apply(answer);
    }

    /**
     * Runs a call whose answer carries nothing to return, such as a delete (204 No Content).
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
