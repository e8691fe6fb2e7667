package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncCredentialLists;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PasswordPolicy;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateCredentialListRequest;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.CredentialListApi.CredList;
import dev.estsdk.client.internal.resources.CredentialListApi.User;
import dev.estsdk.client.internal.resources.SipTrunkApi.Trunk;

import java.util.concurrent.CompletableFuture;
import java.util.Objects;

/** {@link AsyncCredentialLists} over {@link CredentialListApi}. */
final class CredentialListsResource implements AsyncCredentialLists {

    private static final String LISTS = "/v1/projects/{projectId}/credentialLists";
    private static final String LIST_ITEM = LISTS + "/{credentialListId}";
    private static final String USER = LIST_ITEM + "/credentials/{username}";

    static final Operation CREATE = new Operation("CreateCredentialList", "POST", LISTS);
    static final Operation LIST = new Operation("GetCredentialLists", "GET", LISTS);
    static final Operation GET = new Operation("GetCredentialListById", "GET", LIST_ITEM);
    static final Operation UPDATE = new Operation("UpdateCredentialList", "PUT", LIST_ITEM);
    static final Operation DELETE = new Operation("DeleteCredentialList", "DELETE", LIST_ITEM);
    static final Operation LIST_TRUNKS = new Operation("TrunksByCredentialList", "GET", LIST_ITEM + "/trunks");
    static final Operation UPDATE_CREDENTIAL = new Operation("UpdateCredential", "PUT", USER);
    static final Operation DELETE_CREDENTIAL = new Operation("DeleteCredential", "DELETE", USER);

    private final String project;
    private final CredentialListApi api;
    private final Runner calls;

    CredentialListsResource(String encodedProjectId, CredentialListApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<CredentialList> create(CreateCredentialListRequest request) {
        JsonBody body = CredList.write(Objects.requireNonNull(request, "request"), JsonBody.forCreate());
        return calls.fetch(CREATE, opts -> api.create(project, body, opts), CredList::toModel);
    }

    @Override
    public AsyncPagedIterable<CredentialList> list() {
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, page, size, opts), CredList::toModel);
    }

    @Override
    public CompletableFuture<CredentialList> get(String credentialListId) {
        String id = PathSegments.encode("credentialListId", credentialListId);
        return calls.fetch(GET, opts -> api.get(project, id, opts), CredList::toModel);
    }

    @Override
    public CompletableFuture<CredentialList> update(UpdateCredentialListRequest request) {
        String id = PathSegments.encode("credentialListId",
                Objects.requireNonNull(request, "request").credentialListId());
        JsonBody body = JsonBody.forReplacement().put("name", request.name());
        return calls.fetch(UPDATE, opts -> api.update(project, id, body, opts), CredList::toModel);
    }

    @Override
    public CompletableFuture<Void> delete(String credentialListId) {
        String id = PathSegments.encode("credentialListId", credentialListId);
        return calls.run(DELETE, opts -> api.delete(project, id, opts));
    }

    @Override
    public AsyncPagedIterable<SipTrunk> listTrunks(String credentialListId) {
        String id = PathSegments.encode("credentialListId", credentialListId);
        return Paging.list(calls, LIST_TRUNKS, (page, size, opts) -> api.listTrunks(project, id, page, size, opts),
                Trunk::toModel);
    }

    @Override
    public CompletableFuture<Credential> updateCredential(String credentialListId, String username, Secret password) {
        String id = PathSegments.encode("credentialListId", credentialListId);
        String user = PathSegments.encode("username", username);
        PasswordPolicy.requireSatisfiedBy("password", password);
        JsonBody body = JsonBody.forReplacement().put("password", password.reveal());
        // The spec's answer is the password form without a username: report the user that was asked for.
        return Runner.map(calls.execute(UPDATE_CREDENTIAL, opts -> api.updateCredential(project, id, user, body, opts)),
                updated -> updated == null || updated.username() == null
                        ? new Credential(updated == null ? null : updated.id(), username)
                        : updated.toModel());
    }

    @Override
    public CompletableFuture<Void> deleteCredential(String credentialListId, String username) {
        String id = PathSegments.encode("credentialListId", credentialListId);
        String user = PathSegments.encode("username", username);
        return calls.run(DELETE_CREDENTIAL, opts -> api.deleteCredential(project, id, user, opts));
    }
}
