package dev.estsdk.api.async;

import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.UpdateRegisteredEndpointRequest;
import dev.estsdk.api.model.UpdateSipEndpointRequest;
import dev.estsdk.api.model.UpdateStaticEndpointRequest;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.SipEndpoints}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncSipEndpoints {

    /**
     * Creates an endpoint on a trunk.
     *
     * @param trunkId see the synchronous method
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<SipEndpoint> create(String trunkId, CreateSipEndpointRequest request);

    /**
     * Creates a static endpoint described on a fresh builder.
     *
     * @param trunkId see the synchronous method
     * @param endpoint see the synchronous method
     * @return the future result
     */
    default CompletableFuture<SipEndpoint> createStatic(String trunkId, Consumer<CreateStaticEndpointRequest.Builder> endpoint) {
        CreateStaticEndpointRequest.Builder builder = CreateStaticEndpointRequest.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * Creates a registered endpoint described on a fresh builder.
     *
     * @param trunkId see the synchronous method
     * @param endpoint see the synchronous method
     * @return the future result
     */
    default CompletableFuture<SipEndpoint> createRegistered(String trunkId,
                                                            Consumer<CreateRegisteredEndpointRequest.Builder> endpoint) {
        CreateRegisteredEndpointRequest.Builder builder = CreateRegisteredEndpointRequest.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * Lists a trunk's endpoints.
     *
     * @param trunkId see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<SipEndpoint> list(String trunkId);

    /**
     * Reads an endpoint.
     *
     * @param trunkId see the synchronous method
     * @param endpointId see the synchronous method
     * @return the future result
     */
    CompletableFuture<SipEndpoint> get(String trunkId, String endpointId);

    /**
     * Replaces an endpoint (a full PUT).
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<SipEndpoint> update(UpdateSipEndpointRequest request);

    /**
     * Changes some fields of a fetched static endpoint and sends the full replacement.
     *
     * @param endpoint see the synchronous method
     * @param change see the synchronous method
     * @return the future result
     */
    default CompletableFuture<SipEndpoint> update(StaticEndpoint endpoint,
                                                  Consumer<UpdateStaticEndpointRequest.Builder> change) {
        UpdateStaticEndpointRequest.Builder builder = endpoint.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Changes some fields of a fetched registered endpoint and sends the full replacement.
     *
     * @param endpoint see the synchronous method
     * @param change see the synchronous method
     * @return the future result
     */
    default CompletableFuture<SipEndpoint> update(RegisteredEndpoint endpoint,
                                                  Consumer<UpdateRegisteredEndpointRequest.Builder> change) {
        UpdateRegisteredEndpointRequest.Builder builder = endpoint.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes an endpoint.
     *
     * @param trunkId see the synchronous method
     * @param endpointId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> delete(String trunkId, String endpointId);
}
