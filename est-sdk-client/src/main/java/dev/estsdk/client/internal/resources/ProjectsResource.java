package dev.estsdk.client.internal.resources;

import dev.estsdk.api.Projects;
import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import dev.estsdk.client.internal.resources.ProjectApi.AddedProjects;
import dev.estsdk.client.internal.resources.ProjectApi.ProjectIds;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@link Projects} over {@link ProjectApi}. */
final class ProjectsResource implements Projects {

    static final Operation ADD = new Operation("AddEstProjects", "POST", "/v1/projects/{projectId}/addProjects");

    private final String project;
    private final ProjectApi api;
    private final CallRunner calls;

    ProjectsResource(String encodedProjectId, ProjectApi api, CallRunner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public List<String> add(Collection<String> projectIds) {
        ProjectIds body = new ProjectIds(Arguments.requireSomeIds("projectIds", projectIds));
        AddedProjects added = calls.execute(ADD, opts -> api.add(project, body, opts));
        return added == null || added.addedProjects() == null ? List.of()
                : added.addedProjects().stream().filter(Objects::nonNull).toList();
    }
}
