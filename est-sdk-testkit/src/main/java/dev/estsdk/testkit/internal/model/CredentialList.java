package dev.estsdk.testkit.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A credential list.
 *
 * @param id list id
 * @param projectId owning project
 * @param name name
 * @param credentials the credentials, in creation order
 * @param createTime creation time
 * @param updateTime last update, or null
 */
public record CredentialList(String id, String projectId, String name, List<Credential> credentials,
        Instant createTime, Instant updateTime) {

    /** Copies the credential list. */
    public CredentialList {
        credentials = List.copyOf(credentials);
    }

    /**
     * @param username a SIP username
     * @return the credential with that username
     */
    public Optional<Credential> credential(String username) {
        return credentials.stream().filter(c -> c.username().equals(username)).findFirst();
    }
}
