package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncProjects;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.ProjectApi.AddedProjects;
import dev.estsdk.client.internal.resources.ProjectApi.ProjectIds;

import java.util.concurrent.CompletableFuture;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@link AsyncProjects} over {@link ProjectApi}. */
final class ProjectsResource implements AsyncProjects {

    static final Operation ADD = new Operation("AddEstProjects", "POST", "/v1/projects/{projectId}/addProjects");

    private final String project;
    private final ProjectApi api;
    private final Runner calls;

    ProjectsResource(String encodedProjectId, ProjectApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<String>> add(Collection<String> projectIds) {
        ProjectIds body = new ProjectIds(Arguments.requireSomeIds("projectIds", projectIds));
        return Runner.map(calls.execute(ADD, opts -> api.add(project, body, opts)),
                added -> added == null || added.addedProjects() == null ? List.<String>of()
                        : added.addedProjects().stream().filter(Objects::nonNull).toList());
    }
}
