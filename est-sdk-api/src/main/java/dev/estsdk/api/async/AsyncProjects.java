package dev.estsdk.api.async;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.Projects}, returning futures. Operations, rules
 * and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncProjects {

    /**
     * {@return a future of the projects added; see {@link dev.estsdk.api.Projects#add(Collection)}}
     * @param projectIds the projects to enable; at least one
     */
    CompletableFuture<List<String>> add(Collection<String> projectIds);
}
