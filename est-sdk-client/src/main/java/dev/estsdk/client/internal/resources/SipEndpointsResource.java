package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.async.AsyncSipEndpoints;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.UpdateSipEndpointRequest;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.SipEndpointApi.Endpoint;

import java.util.concurrent.CompletableFuture;
import java.util.Objects;

/** {@link AsyncSipEndpoints} over {@link SipEndpointApi}. */
final class SipEndpointsResource implements AsyncSipEndpoints {

    private static final String ENDPOINTS = "/v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints";
    private static final String ENDPOINT = ENDPOINTS + "/{sipEndpointId}";

    static final Operation CREATE = new Operation("CreateSipEndpoint", "POST", ENDPOINTS);
    static final Operation LIST = new Operation("GetSipEndpoints", "GET", ENDPOINTS);
    static final Operation GET = new Operation("GetSipEndpointById", "GET", ENDPOINT);
    static final Operation UPDATE = new Operation("UpdateSipEndpoint", "PUT", ENDPOINT);
    static final Operation DELETE = new Operation("DeleteSipEndpoint", "DELETE", ENDPOINT);

    private final String project;
    private final SipEndpointApi api;
    private final Runner calls;

    SipEndpointsResource(String encodedProjectId, SipEndpointApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<SipEndpoint> create(String trunkId, CreateSipEndpointRequest request) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        JsonBody body = Endpoint.write(Objects.requireNonNull(request, "request"), JsonBody.forCreate());
        return calls.fetch(CREATE, opts -> api.create(project, trunk, body, opts), Endpoint::toModel);
    }

    @Override
    public AsyncPagedIterable<SipEndpoint> list(String trunkId) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, trunk, page, size, opts),
                Endpoint::toModel);
    }

    @Override
    public CompletableFuture<SipEndpoint> get(String trunkId, String endpointId) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        String id = PathSegments.encode("endpointId", endpointId);
        return calls.fetch(GET, opts -> api.get(project, trunk, id, opts), Endpoint::toModel);
    }

    @Override
    public CompletableFuture<SipEndpoint> update(UpdateSipEndpointRequest request) {
        Objects.requireNonNull(request, "request");
        String trunk = PathSegments.encode("trunkId", request.trunkId());
        String id = PathSegments.encode("endpointId", request.endpointId());
        JsonBody body = Endpoint.write(request, JsonBody.forReplacement());
        return calls.fetch(UPDATE, opts -> api.update(project, trunk, id, body, opts), Endpoint::toModel);
    }

    @Override
    public CompletableFuture<Void> delete(String trunkId, String endpointId) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        String id = PathSegments.encode("endpointId", endpointId);
        return calls.run(DELETE, opts -> api.delete(project, trunk, id, opts));
    }
}
