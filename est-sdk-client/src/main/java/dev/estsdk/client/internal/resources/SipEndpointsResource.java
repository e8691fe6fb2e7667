package dev.estsdk.client.internal.resources;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import dev.estsdk.client.internal.resources.SipEndpointApi.Endpoint;

import java.util.Objects;

/** {@link SipEndpoints} over {@link SipEndpointApi}. */
final class SipEndpointsResource implements SipEndpoints {

    private static final String ENDPOINTS = "/v1/projects/{projectId}/trunks/{sipTrunkId}/endpoints";
    private static final String ENDPOINT = ENDPOINTS + "/{sipEndpointId}";

    static final Operation CREATE = new Operation("CreateSipEndpoint", "POST", ENDPOINTS);
    static final Operation LIST = new Operation("GetSipEndpoints", "GET", ENDPOINTS);
    static final Operation GET = new Operation("GetSipEndpointById", "GET", ENDPOINT);
    static final Operation UPDATE = new Operation("UpdateSipEndpoint", "PUT", ENDPOINT);
    static final Operation DELETE = new Operation("DeleteSipEndpoint", "DELETE", ENDPOINT);

    private final String project;
    private final SipEndpointApi api;
    private final CallRunner calls;

    SipEndpointsResource(String encodedProjectId, SipEndpointApi api, CallRunner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public SipEndpoint create(String trunkId, SipEndpoint endpoint) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        JsonBody body = Endpoint.write(checked(endpoint), JsonBody.forCreate());
        return Exchanges.fetch(calls, CREATE, opts -> api.create(project, trunk, body, opts), Endpoint::toModel);
    }

    @Override
    public PagedIterable<SipEndpoint> list(String trunkId) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, trunk, page, size, opts),
                Endpoint::toModel);
    }

    @Override
    public SipEndpoint get(String trunkId, String endpointId) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        String id = PathSegments.encode("endpointId", endpointId);
        return Exchanges.fetch(calls, GET, opts -> api.get(project, trunk, id, opts), Endpoint::toModel);
    }

    @Override
    public SipEndpoint update(String trunkId, String endpointId, SipEndpoint endpoint) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        String id = PathSegments.encode("endpointId", endpointId);
        JsonBody body = Endpoint.write(checked(endpoint), JsonBody.forReplacement());
        return Exchanges.fetch(calls, UPDATE, opts -> api.update(project, trunk, id, body, opts), Endpoint::toModel);
    }

    @Override
    public void delete(String trunkId, String endpointId) {
        String trunk = PathSegments.encode("trunkId", trunkId);
        String id = PathSegments.encode("endpointId", endpointId);
        Exchanges.run(calls, DELETE, opts -> api.delete(project, trunk, id, opts));
    }

    /** Re-checks builder rules: a record made through its constructor skips them. */
    private static SipEndpoint checked(SipEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint instanceof StaticEndpoint s) {
            return s.toBuilder().build();
        }
        return ((RegisteredEndpoint) endpoint).toBuilder().build();
    }
}
