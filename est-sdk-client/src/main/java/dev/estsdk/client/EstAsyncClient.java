package dev.estsdk.client;

import dev.estsdk.api.async.AsyncAccessControlLists;
import dev.estsdk.api.async.AsyncCallBlockingRules;
import dev.estsdk.api.async.AsyncCalls;
import dev.estsdk.api.async.AsyncCountryPermissions;
import dev.estsdk.api.async.AsyncCredentialLists;
import dev.estsdk.api.async.AsyncPhoneNumbers;
import dev.estsdk.api.async.AsyncProjects;
import dev.estsdk.api.async.AsyncSipEndpoints;
import dev.estsdk.api.async.AsyncSipTrunks;
import dev.estsdk.api.async.EstAsyncApi;
import dev.estsdk.client.internal.resources.AsyncResources;
import dev.estsdk.core.EstResponse;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The asynchronous view of an {@link EstClient}, from {@link EstClient#async()}: every operation
 * returns a {@link CompletableFuture} at once and no thread waits while a call is in flight or
 * between its attempts. The retries, deadlines, errors, listener events and secrecy are those of
 * the synchronous client, whose calls run on the same pipeline.
 *
 * <pre>{@code
 * est.async().sipTrunks().get(trunkId)
 *     .thenCompose(trunk -> est.async().phoneNumbers().assign(trunk.id(), "+12025550101"))
 *     .whenComplete((number, failure) -> ...);
 * }</pre>
 *
 * <p>A future fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw; input that breaks a rule is refused at once, before any request, by a thrown
 * {@link dev.estsdk.api.exception.EstValidationException}. Cancelling a future cancels its call.
 * Callbacks run on the client's I/O threads unless an executor is given ({@code thenApplyAsync}):
 * keep them short. Closing the {@code EstClient} fails every future still pending.
 */
public final class EstAsyncClient implements EstAsyncApi {

    private final AsyncResources resources;

    EstAsyncClient(AsyncResources resources) {
        this.resources = resources;
    }

    /**
     * Runs one call and completes with its value and the HTTP response it came from. When the
     * function makes several calls, the response is that of the last one to complete.
     *
     * @param call starts the call on the given API
     * @param <T>  the value's type
     * @return the value with its status, headers, request id and attempts
     * @throws NullPointerException if {@code call} is null
     */
    public <T> CompletableFuture<EstResponse<T>> withResponse(
            Function<? super EstAsyncApi, ? extends CompletableFuture<? extends T>> call) {
        Objects.requireNonNull(call, "call");
        AtomicReference<EstResponse<?>> last = new AtomicReference<>();
        CompletableFuture<? extends T> started = call.apply(resources.capturing(last::set));
        CompletableFuture<EstResponse<T>> result = started.thenApply(value -> {
            EstResponse<?> response = last.get();
            if (response == null) {
                throw new IllegalStateException("withResponse: the function made no API call");
            }
            return response.withValue((T) value);
        });
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                started.cancel(true);
            }
        });
        return result;
    }

    @Override
    public String projectId() {
        return resources.projectId();
    }

    @Override
    public AsyncSipTrunks sipTrunks() {
        return resources.sipTrunks();
    }

    @Override
    public AsyncSipEndpoints sipEndpoints() {
        return resources.sipEndpoints();
    }

    @Override
    public AsyncAccessControlLists accessControlLists() {
        return resources.accessControlLists();
    }

    @Override
    public AsyncCredentialLists credentialLists() {
        return resources.credentialLists();
    }

    @Override
    public AsyncPhoneNumbers phoneNumbers() {
        return resources.phoneNumbers();
    }

    @Override
    public AsyncCountryPermissions countryPermissions() {
        return resources.countryPermissions();
    }

    @Override
    public AsyncCalls calls() {
        return resources.calls();
    }

    @Override
    public AsyncCallBlockingRules callBlockingRules() {
        return resources.callBlockingRules();
    }

    @Override
    public AsyncProjects projects() {
        return resources.projects();
    }

    @Override
    public String toString() {
        return "EstAsyncClient[projectId=" + resources.projectId() + "]";
    }
}
