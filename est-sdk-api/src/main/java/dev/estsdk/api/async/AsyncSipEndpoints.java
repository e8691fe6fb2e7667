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
 * The asynchronous form of {@link dev.estsdk.api.SipEndpoints}, returning futures. Operations,
 * rules and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncSipEndpoints {

    /**
     * {@return a future of the created endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#create(String, CreateSipEndpointRequest)}}
     * @param trunkId the trunk id
     * @param request the endpoint's writable fields
     */
    CompletableFuture<SipEndpoint> create(String trunkId, CreateSipEndpointRequest request);

    /**
     * {@return a future of the created static endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#createStatic(String, Consumer)}}
     * @param trunkId  the trunk id
     * @param endpoint sets the endpoint's fields
     */
    default CompletableFuture<SipEndpoint> createStatic(String trunkId, Consumer<CreateStaticEndpointRequest.Builder> endpoint) {
        CreateStaticEndpointRequest.Builder builder = CreateStaticEndpointRequest.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * {@return a future of the created registered endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#createRegistered(String, Consumer)} for the trap}
     * @param trunkId  the trunk id
     * @param endpoint sets the endpoint's fields
     */
    default CompletableFuture<SipEndpoint> createRegistered(String trunkId,
                                                            Consumer<CreateRegisteredEndpointRequest.Builder> endpoint) {
        CreateRegisteredEndpointRequest.Builder builder = CreateRegisteredEndpointRequest.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * {@return the trunk's endpoints; see {@link dev.estsdk.api.SipEndpoints#list(String)}}
     * @param trunkId the trunk id
     */
    AsyncPagedIterable<SipEndpoint> list(String trunkId);

    /**
     * {@return a future of the endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#get(String, String)}}
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     */
    CompletableFuture<SipEndpoint> get(String trunkId, String endpointId);

    /**
     * {@return a future of the updated endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#update(UpdateSipEndpointRequest)}}
     * @param request the target ids and the complete new writable state
     */
    CompletableFuture<SipEndpoint> update(UpdateSipEndpointRequest request);

    /**
     * {@return a future of the updated endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#update(StaticEndpoint, Consumer)}}
     * @param endpoint the endpoint as read from the server
     * @param change   sets the fields to change on a builder holding the current values
     */
    default CompletableFuture<SipEndpoint> update(StaticEndpoint endpoint,
                                                  Consumer<UpdateStaticEndpointRequest.Builder> change) {
        UpdateStaticEndpointRequest.Builder builder = endpoint.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * {@return a future of the updated endpoint; see
     * {@link dev.estsdk.api.SipEndpoints#update(RegisteredEndpoint, Consumer)}}
     * @param endpoint the endpoint as read from the server
     * @param change   sets the fields to change on a builder holding the current values
     */
    default CompletableFuture<SipEndpoint> update(RegisteredEndpoint endpoint,
                                                  Consumer<UpdateRegisteredEndpointRequest.Builder> change) {
        UpdateRegisteredEndpointRequest.Builder builder = endpoint.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * {@return a future completing once the endpoint is deleted; see
     * {@link dev.estsdk.api.SipEndpoints#delete(String, String)}}
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     */
    CompletableFuture<Void> delete(String trunkId, String endpointId);
}
