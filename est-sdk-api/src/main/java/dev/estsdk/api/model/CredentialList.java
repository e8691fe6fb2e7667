package dev.estsdk.api.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A credential list: SIP digest users that may REGISTER or send outbound calls through the
 * trunks the list is linked to. A project-level object; create it with a
 * {@link CreateCredentialListRequest} (which carries the passwords), link it with
 * {@code SipTrunks.addCredentialLists}. Passwords are never returned.
 *
 * @param id          read-only; the list id
 * @param name        friendly name; required, not blank; the only field an update sends
 * @param credentials read-only here; the users, managed one by one with
 *                    {@code CredentialLists.updateCredential}/{@code deleteCredential}; never null
 * @param createTime  read-only; when it was created
 * @param updateTime  read-only; when it last changed, null until then
 * @param projectId   read-only; the owning project
 */
public record CredentialList(String id, String name, List<Credential> credentials, Instant createTime,
                             Instant updateTime, String projectId) {
    /**
     * Creates a list; a null credential list becomes empty and lists are copied, nothing else
     * is checked (use the builder for that).
     *
     * @param id          the list id
     * @param name        the name
     * @param credentials the users; null means none
     * @param createTime  the creation time
     * @param updateTime  the last-update time
     * @param projectId   the owning project
     * @throws NullPointerException if the credentials contain null
     */
    public CredentialList {
        credentials = ImmutableLists.copyOf(credentials);
    }

    /**
     * Starts an empty list.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this list, e.g. to rename it before an update.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .credentials(credentials)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds a {@link CredentialList}; {@link #build()} checks the name. */
    public static final class Builder extends ResourceBuilder<Builder> {
        private String name;
        private final List<Credential> credentials = new ArrayList<>();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the friendly name.
         *
         * @param name required, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Adds a user as the server reports it. Read-only here: an update sends only the name.
         *
         * @param credential the user
         * @return this builder
         */
        public Builder credential(Credential credential) {
            credentials.add(credential);
            return this;
        }

        /**
         * Replaces the users. Read-only here: an update sends only the name.
         *
         * @param credentials the users; null means none
         * @return this builder
         */
        public Builder credentials(Collection<Credential> credentials) {
            this.credentials.clear();
            if (credentials != null) {
                this.credentials.addAll(credentials);
            }
            return this;
        }

        /**
         * Checks the name and builds the list.
         *
         * @return the list
         * @throws dev.estsdk.api.exception.EstValidationException if the name is blank or a
         *         credential is null
         */
        public CredentialList build() {
            Check check = Check.of("CredentialList");
            check.notBlank("name", name);
            for (int i = 0; i < credentials.size(); i++) {
                check.required("credentials[" + i + "]", credentials.get(i));
            }
            check.throwIfInvalid();
            return new CredentialList(id, name, credentials, createTime, updateTime, projectId);
        }
    }
}
