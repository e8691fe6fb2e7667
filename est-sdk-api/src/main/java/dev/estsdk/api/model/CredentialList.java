package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A credential list as the server reports it (an output: held as sent, unchecked): SIP digest
 * users that may REGISTER or send outbound calls through the trunks the list is linked to.
 * Create one with a {@link CreateCredentialListRequest} (which carries the passwords), rename
 * one with {@link #toUpdate()}, link it with {@code SipTrunks.addCredentialLists}. Passwords are
 * never returned.
 * @param id          the list id
 * @param name        friendly name
 * @param credentials the users, managed one by one with
 *                    {@code CredentialLists.updateCredential}/{@code deleteCredential}; never null
 * @param createTime  when it was created
 * @param updateTime  when it last changed, null until then
 * @param projectId   the owning project
 */
public record CredentialList(String id, String name, List<Credential> credentials, @Nullable Instant createTime,
                             @Nullable Instant updateTime, @Nullable String projectId) {
    /**
     * Creates a list as the server sent it; null credentials mean none.
     * @param id          the list id
     * @param name        the name
     * @param credentials the users
     * @param createTime  the creation time
     * @param updateTime  the last-update time
     * @param projectId   the owning project
     */
    public CredentialList(String id, String name, @Nullable List<Credential> credentials,
                          @Nullable Instant createTime, @Nullable Instant updateTime, @Nullable String projectId) {
        this.id = id;
        this.name = name;
        this.credentials = ImmutableLists.copyOf(credentials);
        this.createTime = createTime;
        this.updateTime = updateTime;
        this.projectId = projectId;
    }

    /** {@return a rename of this list (its only writable field), holding its current name} */
    public UpdateCredentialListRequest.Builder toUpdate() {
        return UpdateCredentialListRequest.from(this);
    }
}
