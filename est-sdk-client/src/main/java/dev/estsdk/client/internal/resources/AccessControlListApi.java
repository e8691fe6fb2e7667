package dev.estsdk.client.internal.resources;

import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;
import dev.estsdk.client.internal.resources.SipTrunkApi.TrunkPage;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Objects;

/** Access control lists and their IP ranges on the wire (operations 18 to 27). */
interface AccessControlListApi {

    @RequestLine("POST /v1/projects/{projectId}/accessControlLists")
    @Headers("Content-Type: application/json")
    CompletableFuture<Acl> create(@Param(value = "projectId", encoded = true) String projectId, JsonBody body, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/accessControlLists?page={page}&size={size}")
    CompletableFuture<AclPage> list(@Param(value = "projectId", encoded = true) String projectId, @Param("page") int page,
                 @Param("size") int size, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/accessControlLists/{accessControlListId}")
    CompletableFuture<Acl> get(@Param(value = "projectId", encoded = true) String projectId,
            @Param(value = "accessControlListId", encoded = true) String accessControlListId, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/accessControlLists/{accessControlListId}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Acl> update(@Param(value = "projectId", encoded = true) String projectId,
               @Param(value = "accessControlListId", encoded = true) String accessControlListId, JsonBody body,
               Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/accessControlLists/{accessControlListId}")
    CompletableFuture<Void> delete(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "accessControlListId", encoded = true) String accessControlListId,
                Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/accessControlLists/{accessControlListId}/trunks?page={page}&size={size}")
    CompletableFuture<TrunkPage> listTrunks(@Param(value = "projectId", encoded = true) String projectId,
                         @Param(value = "accessControlListId", encoded = true) String accessControlListId,
                         @Param("page") int page, @Param("size") int size, Request.Options options);

    @RequestLine("POST /v1/projects/{projectId}/accessControlLists/{accessControlListId}/ipRanges")
    @Headers("Content-Type: application/json")
    CompletableFuture<Range> addIpRange(@Param(value = "projectId", encoded = true) String projectId,
                     @Param(value = "accessControlListId", encoded = true) String accessControlListId, JsonBody body,
                     Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/accessControlLists/{accessControlListId}/ipRanges"
            + "?page={page}&size={size}")
    CompletableFuture<RangePage> listIpRanges(@Param(value = "projectId", encoded = true) String projectId,
                           @Param(value = "accessControlListId", encoded = true) String accessControlListId,
                           @Param("page") int page, @Param("size") int size, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/accessControlLists/{accessControlListId}/ipRanges/{ipRangeId}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Range> updateIpRange(@Param(value = "projectId", encoded = true) String projectId,
                        @Param(value = "accessControlListId", encoded = true) String accessControlListId,
                        @Param(value = "ipRangeId", encoded = true) String ipRangeId, JsonBody body,
                        Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/accessControlLists/{accessControlListId}/ipRanges/{ipRangeId}")
    CompletableFuture<Void> deleteIpRange(@Param(value = "projectId", encoded = true) String projectId,
                       @Param(value = "accessControlListId", encoded = true) String accessControlListId,
                       @Param(value = "ipRangeId", encoded = true) String ipRangeId, Request.Options options);

    /** An access control list as the server returns it. */
    record Acl(String id, String name, Boolean enabled, List<Range> ipRanges, List<String> trunks,
               Instant createTime,
               Instant updateTime,
               String projectId) {

        /**
         * A missing {@code enabled} is the server's default, true; a range without
         * {@code accessControlListId} belongs to this list.
         */
        AccessControlList toModel() {
            List<IpRange> ranges = ipRanges == null ? List.of()
                    : ipRanges.stream().filter(Objects::nonNull).map(r -> r.toModel(id)).toList();
            List<String> trunkIds = trunks == null ? List.of() : trunks.stream().filter(Objects::nonNull).toList();
            return new AccessControlList(id, name, !Boolean.FALSE.equals(enabled), ranges, trunkIds, createTime,
                    updateTime, projectId);
        }

        /** Writes a creation's fields: name, enabled and every range's writable fields. */
        static JsonBody write(CreateAccessControlListRequest acl, JsonBody body) {
            return body.put("name", acl.name())
                    .put("enabled", acl.enabled())
                    .put("ipRanges", acl.ipRanges().stream().map(r -> Range.write(r, body.nested())).toList());
        }

        /** Writes a replacement's fields: name, enabled and every range's writable fields; not the id. */
        static JsonBody write(UpdateAccessControlListRequest acl, JsonBody body) {
            return body.put("name", acl.name())
                    .put("enabled", acl.enabled())
                    .put("ipRanges", acl.ipRanges().stream().map(r -> Range.write(r, body.nested())).toList());
        }
    }

    /** An IP range as the server returns it; {@code updateTime} may be {@code ""}. */
    record Range(String id, String description, String ipAddress, Integer range, String accessControlListId,
                 Instant createTime,
                 Instant updateTime,
                 String projectId) {

        /**
         * The range, with {@code listId} (the list it was read through) standing in for a missing
         * {@code accessControlListId}; a missing {@code range} is the server's default, a single host (32).
         */
        IpRange toModel(String listId) {
            return new IpRange(id, description, ipAddress, range == null ? IpRange.DEFAULT_RANGE : range,
                    accessControlListId == null ? listId : accessControlListId, createTime, updateTime, projectId);
        }

        /** Writes the writable fields: description, address and prefix length. */
        static JsonBody write(NewIpRange range, JsonBody body) {
            return body.put("description", range.description())
                    .put("ipAddress", range.ipAddress())
                    .put("range", range.range());
        }

        /** Writes a replacement's writable fields: description, address and prefix length; not the ids. */
        static JsonBody write(UpdateIpRangeRequest range, JsonBody body) {
            return body.put("description", range.description())
                    .put("ipAddress", range.ipAddress())
                    .put("range", range.range());
        }
    }

    /** A page of access control lists, key {@code accessControlLists}. */
    record AclPage(List<Acl> accessControlLists, Long totalItems, Integer pageNumber,
                   Integer size, Integer pageSize) implements ListEnvelope<Acl> {
        @Override
        public List<Acl> items() {
            return accessControlLists;
        }
    }

    /** A page of IP ranges, key {@code ipRanges}. */
    record RangePage(List<Range> ipRanges, Long totalItems, Integer pageNumber,
                     Integer size, Integer pageSize) implements ListEnvelope<Range> {
        @Override
        public List<Range> items() {
            return ipRanges;
        }
    }
}
