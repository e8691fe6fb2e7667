package dev.estsdk.client.internal.resources;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstErrorDetails;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import feign.FeignException;
import feign.Request;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Runs each call as exactly one attempt with the test options, remembers which operations ran,
 * and turns an error status into the api exception of that status, with the raw body as the
 * server message (parsing error bodies is not the resources' business).
 */
final class PassThroughRunner implements CallRunner {

    private final List<Operation> executed = new CopyOnWriteArrayList<>();

    @Override
    public <T> T execute(Operation operation, Function<Request.Options, T> attempt) {
        executed.add(operation);
        try {
            return attempt.apply(TestApiFactory.OPTIONS);
        } catch (FeignException e) {
            EstErrorDetails.Builder details = EstErrorDetails.builder()
                    .method(operation.method())
                    .path(e.request() == null ? operation.pathTemplate() : e.request().url());
            if (e.status() <= 0) {
                throw new EstClientException(e.getMessage(), details.status(0).build(), e);
            }
            throw EstServiceException.forStatus(details.status(e.status()).serverMessage(e.contentUTF8()).build());
        }
    }

    /**
     * The operations run so far, in order.
     *
     * @return a snapshot
     */
    List<Operation> executed() {
        return List.copyOf(executed);
    }

    /**
     * The names of the operations run so far, in order.
     *
     * @return a snapshot
     */
    List<String> names() {
        return executed.stream().map(Operation::name).toList();
    }
}
