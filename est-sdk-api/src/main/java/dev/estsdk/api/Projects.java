package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;

import java.util.Collection;
import java.util.List;

/**
 * Enabling Elastic SIP Trunking on further projects (operation 49).
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way.
 */
public interface Projects {

    /**
     * Enables EST on projects (#49, {@code POST /addProjects}); projects already enabled are
     * silently skipped.
     * @param projectIds the projects to enable; at least one
     * @return the projects the server reports as added, unmodifiable
     * @throws EstValidationException if none is given or an id is null or blank
     */
    List<String> add(Collection<String> projectIds);
}
