package dev.estsdk.client.internal;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.util.Map;

/** A Feign interface for testing the call path without the resource implementations. */
interface TestApi {

    @RequestLine("GET /v1/projects/{projectId}/trunks/{sipTrunkId}")
    Map<String, Object> get(@Param("projectId") String projectId, @Param("sipTrunkId") String id,
                            Request.Options options);

    @RequestLine("POST /v1/projects/{projectId}/trunks")
    @Headers("Content-Type: application/json")
    Map<String, Object> create(@Param("projectId") String projectId, Map<String, Object> body,
                               Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/trunks/{sipTrunkId}")
    @Headers("X-Note: {note}")
    Map<String, Object> update(@Param("projectId") String projectId, @Param("sipTrunkId") String id,
                               @Param("note") String note, Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/trunks/{sipTrunkId}")
    void delete(@Param("projectId") String projectId, @Param("sipTrunkId") String id, Request.Options options);
}
