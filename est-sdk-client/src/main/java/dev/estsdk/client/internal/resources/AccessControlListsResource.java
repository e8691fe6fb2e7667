package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncAccessControlLists;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.AccessControlListApi.Acl;
import dev.estsdk.client.internal.resources.AccessControlListApi.Range;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;

import java.util.concurrent.CompletableFuture;
import java.util.Objects;

/** {@link AsyncAccessControlLists} over {@link AccessControlListApi}. */
final class AccessControlListsResource implements AsyncAccessControlLists {

    private static final String ACLS = "/v1/projects/{projectId}/accessControlLists";
    private static final String ACL = ACLS + "/{accessControlListId}";
    private static final String RANGES = ACL + "/ipRanges";
    private static final String RANGE = RANGES + "/{ipRangeId}";

    static final Operation CREATE = new Operation("CreateAccessControlList", "POST", ACLS);
    static final Operation LIST = new Operation("GetAccessControlLists", "GET", ACLS);
    static final Operation GET = new Operation("GetAccessControlListById", "GET", ACL);
    static final Operation UPDATE = new Operation("UpdateAccessControlList", "PUT", ACL);
    static final Operation DELETE = new Operation("DeleteAccessControlList", "DELETE", ACL);
    static final Operation LIST_TRUNKS = new Operation("TrunksByAcl", "GET", ACL + "/trunks");
    static final Operation ADD_RANGE = new Operation("AddIpRangeToAccessControlList", "POST", RANGES);
    static final Operation LIST_RANGES = new Operation("GetIpRangesForAccessControlList", "GET", RANGES);
    static final Operation UPDATE_RANGE = new Operation("UpdateIpRangeFromAccessControlList", "PUT", RANGE);
    static final Operation DELETE_RANGE = new Operation("DeleteIpRangeFromAccessControlList", "DELETE", RANGE);

    private final String project;
    private final AccessControlListApi api;
    private final Runner calls;

    AccessControlListsResource(String encodedProjectId, AccessControlListApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<AccessControlList> create(CreateAccessControlListRequest request) {
        JsonBody body = Acl.write(Objects.requireNonNull(request, "request"), JsonBody.forCreate());
        return calls.fetch(CREATE, opts -> api.create(project, body, opts), Acl::toModel);
    }

    @Override
    public AsyncPagedIterable<AccessControlList> list() {
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, page, size, opts), Acl::toModel);
    }

    @Override
    public CompletableFuture<AccessControlList> get(String accessControlListId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        return calls.fetch(GET, opts -> api.get(project, id, opts), Acl::toModel);
    }

    @Override
    public CompletableFuture<AccessControlList> update(UpdateAccessControlListRequest request) {
        Objects.requireNonNull(request, "request");
        String id = PathSegments.encode("accessControlListId", request.accessControlListId());
        JsonBody body = Acl.write(request, JsonBody.forReplacement());
        return calls.fetch(UPDATE, opts -> api.update(project, id, body, opts), Acl::toModel);
    }

    @Override
    public CompletableFuture<Void> delete(String accessControlListId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        return calls.run(DELETE, opts -> api.delete(project, id, opts));
    }

    @Override
    public AsyncPagedIterable<SipTrunk> listTrunks(String accessControlListId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        return Paging.list(calls, LIST_TRUNKS, (page, size, opts) -> api.listTrunks(project, id, page, size, opts),
                Trunk::toModel);
    }

    @Override
    public CompletableFuture<IpRange> addIpRange(String accessControlListId, NewIpRange ipRange) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        JsonBody body = Range.write(Objects.requireNonNull(ipRange, "ipRange"), JsonBody.forCreate());
        return calls.fetch(ADD_RANGE, opts -> api.addIpRange(project, id, body, opts),
                r -> r.toModel(accessControlListId));
    }

    @Override
    public AsyncPagedIterable<IpRange> listIpRanges(String accessControlListId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        return Paging.list(calls, LIST_RANGES, (page, size, opts) -> api.listIpRanges(project, id, page, size, opts),
                r -> r.toModel(accessControlListId));
    }

    @Override
    public CompletableFuture<IpRange> updateIpRange(UpdateIpRangeRequest request) {
        Objects.requireNonNull(request, "request");
        String id = PathSegments.encode("accessControlListId", request.accessControlListId());
        String rangeId = PathSegments.encode("ipRangeId", request.ipRangeId());
        JsonBody body = Range.write(request, JsonBody.forReplacement());
        return calls.fetch(UPDATE_RANGE, opts -> api.updateIpRange(project, id, rangeId, body, opts),
                r -> r.toModel(request.accessControlListId()));
    }

    @Override
    public CompletableFuture<Void> deleteIpRange(String accessControlListId, String ipRangeId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        String rangeId = PathSegments.encode("ipRangeId", ipRangeId);
        return calls.run(DELETE_RANGE, opts -> api.deleteIpRange(project, id, rangeId, opts));
    }
}
