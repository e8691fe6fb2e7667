package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.Transport;
import dev.estsdk.api.model.UpdateRegisteredEndpointRequest;
import dev.estsdk.api.model.UpdateSipEndpointRequest;
import dev.estsdk.api.model.UpdateStaticEndpointRequest;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.List;

/** The endpoints of a trunk on the wire (operations 13 to 17). */
interface SipEndpointApi {

    @RequestLine("POST /v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints")
    @Headers("Content-Type: application/json")
    CompletableFuture<Endpoint> create(@Param(value = "projectId", encoded = true) String projectId,
                    @Param(value = "sipTrunkId", encoded = true) String sipTrunkId, JsonBody body,
                    Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints?page={page}&size={size}")
    CompletableFuture<EndpointPage> list(@Param(value = "projectId", encoded = true) String projectId,
                      @Param(value = "sipTrunkId", encoded = true) String sipTrunkId, @Param("page") int page,
                      @Param("size") int size, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints/{sipEndpointId}")
    CompletableFuture<Endpoint> get(@Param(value = "projectId", encoded = true) String projectId,
                 @Param(value = "sipTrunkId", encoded = true) String sipTrunkId,
                 @Param(value = "sipEndpointId", encoded = true) String sipEndpointId, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints/{sipEndpointId}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Endpoint> update(@Param(value = "projectId", encoded = true) String projectId,
                    @Param(value = "sipTrunkId", encoded = true) String sipTrunkId,
                    @Param(value = "sipEndpointId", encoded = true) String sipEndpointId, JsonBody body,
                    Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints/{sipEndpointId}")
    CompletableFuture<Void> delete(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "sipTrunkId", encoded = true) String sipTrunkId,
                @Param(value = "sipEndpointId", encoded = true) String sipEndpointId, Request.Options options);

    /**
     * An endpoint as the server returns it, static or registered. The spec documents the create
     * answer as a page ({@code {"endpoints":[…]}}); such an answer reads as its first endpoint.
     */
    record Endpoint(String id, String sipTrunkId, String name, String address, Integer port, String transport,
                    Integer priority, Boolean enabled, Boolean isRegistered,
                    @JsonAlias("credentialUserName") String credentialUsername,
                    Instant createTime,
                    Instant updateTime,
                    String projectId, List<Endpoint> endpoints) {

        /**
         * Registered when the server says so, or when it names a credential username and no
         * address; static otherwise. Missing values take the server's defaults (port 5060, UDP,
         * priority 1, enabled).
         */
        SipEndpoint toModel() {
            if (id == null && name == null && endpoints != null && !endpoints.isEmpty()) {
                return endpoints.get(0).toModel();
            }
            Transport transport = this.transport == null || this.transport.isBlank()
                    ? Transport.UDP : Transport.of(this.transport);
            int priority = this.priority == null ? 1 : this.priority;
            boolean enabled = !Boolean.FALSE.equals(this.enabled);
            boolean registered = Boolean.TRUE.equals(isRegistered)
                    || (isRegistered == null && credentialUsername != null && (address == null || address.isEmpty()));
            if (registered) {
                return new RegisteredEndpoint(id, sipTrunkId, name, credentialUsername, transport, priority,
                        enabled, createTime, updateTime, projectId);
            }
            return new StaticEndpoint(id, sipTrunkId, name, address,
                    port == null ? StaticEndpoint.DEFAULT_PORT : port, transport, priority, enabled,
                    createTime, updateTime, projectId);
        }

        /**
         * Writes a create request's fields: name, transport, priority and enabled, plus address
         * and port for a static endpoint or {@code isRegistered} and the credential username for
         * a registered one.
         */
        static JsonBody write(CreateSipEndpointRequest request, JsonBody body) {
            body.put("name", request.name());
            if (request instanceof CreateStaticEndpointRequest s) {
                body.put("address", s.address()).put("port", s.port());
            } else if (request instanceof CreateRegisteredEndpointRequest r) {
                body.put("isRegistered", true).put("credentialUsername", r.credentialUsername());
            }
            return writeShared(body, request.transport(), request.priority(), request.enabled());
        }

        /** Writes an update request's fields, as {@link #write(CreateSipEndpointRequest, JsonBody)}; never its ids. */
        static JsonBody write(UpdateSipEndpointRequest request, JsonBody body) {
            body.put("name", request.name());
            if (request instanceof UpdateStaticEndpointRequest s) {
                body.put("address", s.address()).put("port", s.port());
            } else if (request instanceof UpdateRegisteredEndpointRequest r) {
                body.put("isRegistered", true).put("credentialUsername", r.credentialUsername());
            }
            return writeShared(body, request.transport(), request.priority(), request.enabled());
        }

        private static JsonBody writeShared(JsonBody body, Transport transport, int priority, boolean enabled) {
            return body.put("transport", transport.value())
                    .put("priority", priority)
                    .put("enabled", enabled);
        }
    }

    /** A page of endpoints, key {@code endpoints}. */
    record EndpointPage(List<Endpoint> endpoints, Long totalItems, Integer pageNumber,
                        Integer size, Integer pageSize) implements ListEnvelope<Endpoint> {
        @Override
        public List<Endpoint> items() {
            return endpoints;
        }
    }
}
