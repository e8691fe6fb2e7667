package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateSipTrunkRequest;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;

/**
 * SIP trunks and their links on the wire (operations 1 to 12). Path parameters arrive
 * already encoded; the trailing {@link Request.Options} carries the attempt's timeouts.
 */
interface SipTrunkApi {

    @RequestLine("POST /v1/projects/{projectId}/trunks")
    @Headers("Content-Type: application/json")
    CompletableFuture<Trunk> create(@Param(value = "projectId", encoded = true) String projectId, JsonBody body,
                 Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/trunks?page={page}&size={size}")
    CompletableFuture<TrunkPage> list(@Param(value = "projectId", encoded = true) String projectId, @Param("page") int page,
                   @Param("size") int size, @QueryMap Map<String, String> filter, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/trunks/{sipTrunkId}")
    CompletableFuture<Trunk> get(@Param(value = "projectId", encoded = true) String projectId,
              @Param(value = "sipTrunkId", encoded = true) String sipTrunkId, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/trunks/{sipTrunkId}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Trunk> update(@Param(value = "projectId", encoded = true) String projectId,
                 @Param(value = "sipTrunkId", encoded = true) String sipTrunkId, JsonBody body,
                 Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/trunks/{sipTrunkId}")
    CompletableFuture<Void> delete(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "sipTrunkId", encoded = true) String sipTrunkId, Request.Options options);

    @RequestLine("POST /v1/projects/{projectId}/trunks/{trunkId}/accessControlLists")
    @Headers("Content-Type: application/json")
    CompletableFuture<AccessControlListIds> addAccessControlLists(@Param(value = "projectId", encoded = true) String projectId,
                                               @Param(value = "trunkId", encoded = true) String trunkId,
                                               AccessControlListIds body, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/trunks/{trunkId}/accessControlLists?page={page}&size={size}")
    CompletableFuture<AccessControlListIdPage> listAccessControlLists(@Param(value = "projectId", encoded = true) String projectId,
                                                   @Param(value = "trunkId", encoded = true) String trunkId,
                                                   @Param("page") int page, @Param("size") int size,
                                                   Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/trunks/{trunkId}/accessControlLists/{accessControlListId}")
    CompletableFuture<Void> removeAccessControlList(@Param(value = "projectId", encoded = true) String projectId,
                                 @Param(value = "trunkId", encoded = true) String trunkId,
                                 @Param(value = "accessControlListId", encoded = true) String accessControlListId,
                                 Request.Options options);

    @RequestLine("POST /v1/projects/{projectId}/trunks/{trunkId}/credentialLists")
    @Headers("Content-Type: application/json")
    CompletableFuture<CredentialListIds> addCredentialLists(@Param(value = "projectId", encoded = true) String projectId,
                                         @Param(value = "trunkId", encoded = true) String trunkId,
                                         CredentialListIds body, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/trunks/{trunkId}/credentialLists?page={page}&size={size}")
    CompletableFuture<CredentialListIdPage> listCredentialLists(@Param(value = "projectId", encoded = true) String projectId,
                                             @Param(value = "trunkId", encoded = true) String trunkId,
                                             @Param("page") int page, @Param("size") int size,
                                             Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/trunks/{trunkId}/credentialLists")
    @Headers("Content-Type: application/json")
    CompletableFuture<CredentialListIds> replaceCredentialLists(@Param(value = "projectId", encoded = true) String projectId,
                                             @Param(value = "trunkId", encoded = true) String trunkId,
                                             CredentialListIds body, Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/trunks/{trunkId}/credentialLists/{credentialListId}")
    CompletableFuture<Void> removeCredentialList(@Param(value = "projectId", encoded = true) String projectId,
                              @Param(value = "trunkId", encoded = true) String trunkId,
                              @Param(value = "credentialListId", encoded = true) String credentialListId,
                              Request.Options options);

    /** A trunk as the server returns it. */
    record Trunk(String id, String name, String hostName, String topLevelDomain, String domain,
                 Integer callsPerSecond, Boolean enableCallerName, String callForwardNumber,
                 Boolean enableCallForward,
                 Instant createTime,
                 Instant updateTime,
                 String projectId) {

        SipTrunk toModel() {
            return new SipTrunk(id, name, hostName, topLevelDomain, domain, callsPerSecond,
                    Boolean.TRUE.equals(enableCallerName), emptyAsNull(callForwardNumber),
                    Boolean.TRUE.equals(enableCallForward), createTime, updateTime, projectId);
        }

        static JsonBody write(CreateSipTrunkRequest trunk, JsonBody body) {
            return writable(body, trunk.name(), trunk.hostName(), trunk.enableCallerName(),
                    trunk.callForwardNumber(), trunk.enableCallForward());
        }

        static JsonBody write(UpdateSipTrunkRequest trunk, JsonBody body) {
            return writable(body, trunk.name(), trunk.hostName(), trunk.enableCallerName(),
                    trunk.callForwardNumber(), trunk.enableCallForward());
        }

        private static JsonBody writable(JsonBody body, String name, String hostName, boolean enableCallerName,
                                         String callForwardNumber, boolean enableCallForward) {
            return body.put("name", name)
                    .put("hostName", hostName)
                    .put("enableCallerName", enableCallerName)
                    .put("callForwardNumber", callForwardNumber)
                    .put("enableCallForward", enableCallForward);
        }

        private static String emptyAsNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** A page of trunks; the items key is {@code trunks}, or {@code sipTrunks} in the spec. */
    record TrunkPage(List<Trunk> trunks, List<Trunk> sipTrunks, Long totalItems, Integer pageNumber,
                     Integer size, Integer pageSize) implements ListEnvelope<Trunk> {
        @Override
        public List<Trunk> items() {
            return trunks != null ? trunks : sipTrunks;
        }
    }

    /** The body and answer of linking access control lists: {@code {"accessControlListIds": [...]}}. */
    record AccessControlListIds(List<String> accessControlListIds) {
    }

    /** A page of linked access control list ids. */
    record AccessControlListIdPage(List<String> accessControlListIds, Long totalItems, Integer pageNumber,
                                   Integer size, Integer pageSize) implements ListEnvelope<String> {
        @Override
        public List<String> items() {
            return accessControlListIds;
        }
    }

    /** The body and answer of linking credential lists: {@code {"credentialListIds": [...]}}. */
    record CredentialListIds(List<String> credentialListIds) {
    }

    /**
     * A page of linked credential lists: ids under {@code credentialListIds} (spec), whole lists
     * under {@code credentialLists} (Node SDK), or both; only the ids are kept.
     */
    record CredentialListIdPage(List<IdReference> credentialListIds, List<IdReference> credentialLists,
                                Long totalItems, Integer pageNumber, Integer size, Integer pageSize)
            implements ListEnvelope<IdReference> {
        @Override
        public List<IdReference> items() {
            return credentialListIds != null ? credentialListIds : credentialLists;
        }
    }

    /** An id given either as a plain string or as an object with an {@code id} field. */
    record IdReference(String id) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static IdReference of(JsonNode node) {
            return new IdReference(node.isTextual() ? node.asText() : node.path("id").asText(null));
        }
    }
}
