package dev.estsdk.client.internal;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A Feign interface for testing the call path without the resource implementations. */
interface TestApi {

    @RequestLine("GET /v1/projects/{projectId}/trunks/{sipTrunkId}")
    CompletableFuture<Map<String, Object>> get(@Param("projectId") String projectId, @Param("sipTrunkId") String id,
                            Request.Options options);

    @RequestLine("POST /v1/projects/{projectId}/trunks")
    @Headers("Content-Type: application/json")
    CompletableFuture<Map<String, Object>> create(@Param("projectId") String projectId, Map<String, Object> body,
                               Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/trunks/{sipTrunkId}")
    @Headers("X-Note: {note}")
    CompletableFuture<Map<String, Object>> update(@Param("projectId") String projectId, @Param("sipTrunkId") String id,
                               @Param("note") String note, Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/trunks/{sipTrunkId}")
    CompletableFuture<Void> delete(@Param("projectId") String projectId, @Param("sipTrunkId") String id, Request.Options options);
}
