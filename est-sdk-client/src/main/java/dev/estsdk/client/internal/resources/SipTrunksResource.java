package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.async.AsyncSipTrunks;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import dev.estsdk.api.model.UpdateSipTrunkRequest;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.SipTrunkApi.AccessControlListIds;
import dev.estsdk.client.internal.resources.SipTrunkApi.CredentialListIds;
import dev.estsdk.client.internal.resources.SipTrunkApi.IdReference;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;

import java.util.concurrent.CompletableFuture;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link AsyncSipTrunks} over {@link SipTrunkApi}. */
final class SipTrunksResource implements AsyncSipTrunks {

    private static final String TRUNKS = "/v1/projects/{projectId}/trunks";
    private static final String TRUNK = TRUNKS + "/{sipTrunkId}";
    private static final String ACL_LINKS = TRUNKS + "/{trunkId}/accessControlLists";
    private static final String CL_LINKS = TRUNKS + "/{trunkId}/credentialLists";

    static final Operation CREATE = new Operation("CreateSipTrunk", "POST", TRUNKS);
    static final Operation LIST = new Operation("GetSipTrunks", "GET", TRUNKS);
    static final Operation GET = new Operation("GetSipTrunkById", "GET", TRUNK);
    static final Operation UPDATE = new Operation("UpdateSipTrunk", "PUT", TRUNK);
    static final Operation DELETE = new Operation("DeleteSipTrunk", "DELETE", TRUNK);
    static final Operation ADD_ACLS = new Operation("AddAccessControlListToTrunk", "POST", ACL_LINKS);
    static final Operation LIST_ACLS = new Operation("GetAccessControlListsForTrunk", "GET", ACL_LINKS);
    static final Operation REMOVE_ACL = new Operation("DeleteAccessControlListFromTrunk", "DELETE",
            ACL_LINKS + "/{accessControlListId}");
    static final Operation ADD_CLS = new Operation("AddCredentialListToTrunk", "POST", CL_LINKS);
    static final Operation LIST_CLS = new Operation("GetCredentialListsForTrunk", "GET", CL_LINKS);
    static final Operation REPLACE_CLS = new Operation("BulkUpdateCredentialListsForTrunk", "PUT", CL_LINKS);
    static final Operation REMOVE_CL = new Operation("RemoveCredentialListFromTrunk", "DELETE",
            CL_LINKS + "/{credentialListId}");

    private final String project;
    private final SipTrunkApi api;
    private final Runner calls;

    SipTrunksResource(String encodedProjectId, SipTrunkApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<SipTrunk> create(CreateSipTrunkRequest request) {
        JsonBody body = Trunk.write(Objects.requireNonNull(request, "request"), JsonBody.forCreate());
        return calls.fetch(CREATE, opts -> api.create(project, body, opts), Trunk::toModel);
    }

    @Override
    public AsyncPagedIterable<SipTrunk> list() {
        return list(SipTrunkFilter.all());
    }

    @Override
    public AsyncPagedIterable<SipTrunk> list(SipTrunkFilter filter) {
        Map<String, String> query = new QueryParameters()
                .add("domain", Objects.requireNonNull(filter, "filter").domain()).toMap();
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, page, size, query, opts),
                Trunk::toModel);
    }

    @Override
    public CompletableFuture<SipTrunk> get(String trunkId) {
        String id = PathSegments.encode("trunkId", trunkId);
        return calls.fetch(GET, opts -> api.get(project, id, opts), Trunk::toModel);
    }

    @Override
    public CompletableFuture<SipTrunk> update(UpdateSipTrunkRequest request) {
        String id = PathSegments.encode("trunkId", Objects.requireNonNull(request, "request").trunkId());
        JsonBody body = Trunk.write(request, JsonBody.forReplacement());
        return calls.fetch(UPDATE, opts -> api.update(project, id, body, opts), Trunk::toModel);
    }

    @Override
    public CompletableFuture<Void> delete(String trunkId) {
        String id = PathSegments.encode("trunkId", trunkId);
        return calls.run(DELETE, opts -> api.delete(project, id, opts));
    }

    @Override
    public CompletableFuture<List<String>> addAccessControlLists(String trunkId, Collection<String> accessControlListIds) {
        String id = PathSegments.encode("trunkId", trunkId);
        AccessControlListIds body = new AccessControlListIds(
                Arguments.requireSomeIds("accessControlListIds", accessControlListIds));
        return Runner.map(calls.execute(ADD_ACLS, opts -> api.addAccessControlLists(project, id, body, opts)),
                echoed -> echoed == null ? List.of() : copy(echoed.accessControlListIds()));
    }

    @Override
    public AsyncPagedIterable<String> listAccessControlLists(String trunkId) {
        String id = PathSegments.encode("trunkId", trunkId);
        return Paging.list(calls, LIST_ACLS,
                (page, size, opts) -> api.listAccessControlLists(project, id, page, size, opts), acl -> acl);
    }

    @Override
    public CompletableFuture<Void> removeAccessControlList(String trunkId, String accessControlListId) {
        String id = PathSegments.encode("trunkId", trunkId);
        String aclId = PathSegments.encode("accessControlListId", accessControlListId);
        return calls.run(REMOVE_ACL, opts -> api.removeAccessControlList(project, id, aclId, opts));
    }

    @Override
    public CompletableFuture<List<String>> addCredentialLists(String trunkId, Collection<String> credentialListIds) {
        String id = PathSegments.encode("trunkId", trunkId);
        CredentialListIds body =
                new CredentialListIds(Arguments.requireSomeIds("credentialListIds", credentialListIds));
        return Runner.map(calls.execute(ADD_CLS, opts -> api.addCredentialLists(project, id, body, opts)),
                SipTrunksResource::ids);
    }

    @Override
    public AsyncPagedIterable<String> listCredentialLists(String trunkId) {
        String id = PathSegments.encode("trunkId", trunkId);
        return Paging.list(calls, LIST_CLS,
                (page, size, opts) -> api.listCredentialLists(project, id, page, size, opts), IdReference::id);
    }

    @Override
    public CompletableFuture<List<String>> replaceCredentialLists(String trunkId, Collection<String> credentialListIds) {
        String id = PathSegments.encode("trunkId", trunkId);
        CredentialListIds body = new CredentialListIds(Arguments.requireEachId("credentialListIds", credentialListIds));
        return Runner.map(calls.execute(REPLACE_CLS, opts -> api.replaceCredentialLists(project, id, body, opts)),
                SipTrunksResource::ids);
    }

    @Override
    public CompletableFuture<Void> removeCredentialList(String trunkId, String credentialListId) {
        String id = PathSegments.encode("trunkId", trunkId);
        String clId = PathSegments.encode("credentialListId", credentialListId);
        return calls.run(REMOVE_CL, opts -> api.removeCredentialList(project, id, clId, opts));
    }

    private static List<String> ids(CredentialListIds echoed) {
        return echoed == null ? List.of() : copy(echoed.credentialListIds());
    }

    private static List<String> copy(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }
}
