package dev.estsdk.client.internal.resources;

import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.client.internal.resources.SipTrunkApi.TrunkPage;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Objects;

/** Credential lists and their users on the wire (operations 28 to 35). */
interface CredentialListApi {

    @RequestLine("POST /v1/projects/{projectId}/credentialLists")
    @Headers("Content-Type: application/json")
    CompletableFuture<CredList> create(@Param(value = "projectId", encoded = true) String projectId, JsonBody body,
                    Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/credentialLists?page={page}&size={size}")
    CompletableFuture<CredListPage> list(@Param(value = "projectId", encoded = true) String projectId, @Param("page") int page,
                      @Param("size") int size, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/credentialLists/{credentialListId}")
    CompletableFuture<CredList> get(@Param(value = "projectId", encoded = true) String projectId,
                 @Param(value = "credentialListId", encoded = true) String credentialListId, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/credentialLists/{credentialListId}")
    @Headers("Content-Type: application/json")
    CompletableFuture<CredList> update(@Param(value = "projectId", encoded = true) String projectId,
                    @Param(value = "credentialListId", encoded = true) String credentialListId, JsonBody body,
                    Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/credentialLists/{credentialListId}")
    CompletableFuture<Void> delete(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "credentialListId", encoded = true) String credentialListId, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/credentialLists/{credentialListId}/trunks?page={page}&size={size}")
    CompletableFuture<TrunkPage> listTrunks(@Param(value = "projectId", encoded = true) String projectId,
                         @Param(value = "credentialListId", encoded = true) String credentialListId,
                         @Param("page") int page, @Param("size") int size, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/credentialLists/{credentialListId}/credentials/{username}")
    @Headers("Content-Type: application/json")
    CompletableFuture<User> updateCredential(@Param(value = "projectId", encoded = true) String projectId,
                          @Param(value = "credentialListId", encoded = true) String credentialListId,
                          @Param(value = "username", encoded = true) String username, JsonBody body,
                          Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/credentialLists/{credentialListId}/credentials/{username}")
    CompletableFuture<Void> deleteCredential(@Param(value = "projectId", encoded = true) String projectId,
                          @Param(value = "credentialListId", encoded = true) String credentialListId,
                          @Param(value = "username", encoded = true) String username, Request.Options options);

    /** A credential list as the server returns it: users without passwords. */
    record CredList(String id, String name, List<User> credentials,
                    Instant createTime,
                    Instant updateTime,
                    String projectId) {

        CredentialList toModel() {
            List<Credential> users = credentials == null ? List.of()
                    : credentials.stream().filter(Objects::nonNull).map(User::toModel).toList();
            return new CredentialList(id, name, users, createTime, updateTime, projectId);
        }

        /** Writes a new list: its name and every user with its password. */
        static JsonBody write(CreateCredentialListRequest request, JsonBody body) {
            return body.put("name", request.name())
                    .put("credentials", request.credentials().stream()
                            .map(c -> body.nested()
                                    .put("username", c.username())
                                    .put("password", c.password().reveal()))
                            .toList());
        }
    }

    /** A user of a credential list: id and username, never a password. */
    record User(String id, String username) {

        Credential toModel() {
            return new Credential(id, username);
        }
    }

    /** A page of credential lists, key {@code credentialLists}. */
    record CredListPage(List<CredList> credentialLists, Long totalItems, Integer pageNumber,
                        Integer size, Integer pageSize) implements ListEnvelope<CredList> {
        @Override
        public List<CredList> items() {
            return credentialLists;
        }
    }
}
