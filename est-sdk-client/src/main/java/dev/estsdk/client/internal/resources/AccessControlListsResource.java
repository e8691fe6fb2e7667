package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncAccessControlLists;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.AccessControlListApi.Acl;
import dev.estsdk.client.internal.resources.AccessControlListApi.Range;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;

import java.util.concurrent.CompletableFuture;
import java.util.List;
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
    public CompletableFuture<AccessControlList> create(AccessControlList accessControlList) {
        AccessControlList acl = checked(accessControlList);
        if (acl.ipRanges().isEmpty()) {
            throw new EstValidationException("AccessControlList",
                    List.of(new FieldViolation("ipRanges", "must contain at least one IP range")));
        }
        JsonBody body = Acl.write(acl, JsonBody.forCreate());
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
    public CompletableFuture<AccessControlList> update(String accessControlListId, AccessControlList accessControlList) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        JsonBody body = Acl.write(checked(accessControlList), JsonBody.forReplacement());
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
    public CompletableFuture<IpRange> addIpRange(String accessControlListId, IpRange ipRange) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        JsonBody body = Range.write(checked(ipRange), JsonBody.forCreate());
        return calls.fetch(ADD_RANGE, opts -> api.addIpRange(project, id, body, opts), Range::toModel);
    }

    @Override
    public AsyncPagedIterable<IpRange> listIpRanges(String accessControlListId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        return Paging.list(calls, LIST_RANGES, (page, size, opts) -> api.listIpRanges(project, id, page, size, opts),
                Range::toModel);
    }

    @Override
    public CompletableFuture<IpRange> updateIpRange(String accessControlListId, String ipRangeId, IpRange ipRange) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        String rangeId = PathSegments.encode("ipRangeId", ipRangeId);
        JsonBody body = Range.write(checked(ipRange), JsonBody.forReplacement());
        return calls.fetch(UPDATE_RANGE, opts -> api.updateIpRange(project, id, rangeId, body, opts),
                Range::toModel);
    }

    @Override
    public CompletableFuture<Void> deleteIpRange(String accessControlListId, String ipRangeId) {
        String id = PathSegments.encode("accessControlListId", accessControlListId);
        String rangeId = PathSegments.encode("ipRangeId", ipRangeId);
        return calls.run(DELETE_RANGE, opts -> api.deleteIpRange(project, id, rangeId, opts));
    }

    /** Re-checks builder rules (ranges included): a record made through its constructor skips them. */
    private static AccessControlList checked(AccessControlList acl) {
        return Objects.requireNonNull(acl, "accessControlList").toBuilder().build();
    }

    private static IpRange checked(IpRange range) {
        return Objects.requireNonNull(range, "ipRange").toBuilder().build();
    }
}
