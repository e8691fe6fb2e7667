package dev.estsdk.client.internal.resources;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Enabling EST on further projects, on the wire (operation 49). */
interface ProjectApi {

    @RequestLine("POST /v1/projects/{projectId}/addProjects")
    @Headers("Content-Type: application/json")
    CompletableFuture<AddedProjects> add(@Param(value = "projectId", encoded = true) String projectId, ProjectIds body,
                      Request.Options options);

    /** The request: {@code {"projectIds": [...]}}. */
    record ProjectIds(List<String> projectIds) {
    }

    /** The answer: {@code {"addedProjects": [...]}}, without the projects that were already enabled. */
    record AddedProjects(List<String> addedProjects) {
    }
}
