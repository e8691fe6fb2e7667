package dev.estsdk.api.model;

import java.time.Instant;

/**
 * An endpoint that registers: a SIP user agent REGISTERs at the trunk's
 * {@link SipTrunk#domain() domain} with {@code credentialUsername} and the matching password,
 * and inbound calls go wherever it registered from.
 *
 * <p><b>Trap:</b> the server only checks that some credential list of the project holds the
 * username (else 404 {@code CREDENTIAL_NOT_FOUND}). That list must <b>also be linked to the
 * trunk</b> ({@code SipTrunks.addCredentialLists}) or every REGISTER fails with SIP 401, although
 * the endpoint was created.
 *
 * @param id                 read-only; the endpoint id
 * @param sipTrunkId         read-only; the owning trunk
 * @param name               friendly name; required, not blank
 * @param credentialUsername a username of a credential list linked to the trunk; required
 * @param transport          SIP transport (UDP by default)
 * @param priority           routing priority, at least 1; <b>lower wins</b> (1 = primary)
 * @param enabled            whether the endpoint receives calls (true by default)
 * @param createTime         read-only; when it was created
 * @param updateTime         read-only; when it last changed, null until then
 * @param projectId          read-only; the owning project
 */
public record RegisteredEndpoint(String id, String sipTrunkId, String name, String credentialUsername,
                                 Transport transport, int priority, boolean enabled, Instant createTime,
                                 Instant updateTime, String projectId) implements SipEndpoint {

    /**
     * Starts a builder with the server's defaults (UDP, priority 1, enabled); set at least
     * {@code name} and {@code credentialUsername}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this endpoint, to change it before a
     * full-replacement update.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .sipTrunkId(sipTrunkId)
                .name(name)
                .credentialUsername(credentialUsername)
                .transport(transport)
                .priority(priority)
                .enabled(enabled)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds a {@link RegisteredEndpoint}; {@link #build()} checks the writable fields. */
    public static final class Builder {
        private String id;
        private String sipTrunkId;
        private String name;
        private String credentialUsername;
        private Transport transport = Transport.UDP;
        private int priority = 1;
        private boolean enabled = true;
        private Instant createTime;
        private Instant updateTime;
        private String projectId;

        private Builder() {
        }

        /**
         * Sets the id. Read-only on the server: ignored by create and update.
         *
         * @param id the endpoint id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the owning trunk. Read-only on the server: the trunk comes from the path.
         *
         * @param sipTrunkId the trunk id
         * @return this builder
         */
        public Builder sipTrunkId(String sipTrunkId) {
            this.sipTrunkId = sipTrunkId;
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
         * Sets the username the user agent registers with. The credential list holding it must
         * be linked to the trunk, or REGISTER fails with SIP 401.
         *
         * @param credentialUsername required, not blank
         * @return this builder
         */
        public Builder credentialUsername(String credentialUsername) {
            this.credentialUsername = credentialUsername;
            return this;
        }

        /**
         * Sets the SIP transport.
         *
         * @param transport required; UDP unless set
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /**
         * Sets the routing priority: <b>lower wins</b>; equal values share calls round-robin.
         *
         * @param priority at least 1; 1 unless set
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Enables or disables the endpoint.
         *
         * @param enabled true unless set
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the creation time. Read-only on the server.
         *
         * @param createTime the time, or null
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets the last-update time. Read-only on the server.
         *
         * @param updateTime the time, or null
         * @return this builder
         */
        public Builder updateTime(Instant updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Sets the owning project. Read-only on the server.
         *
         * @param projectId the project id
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * Checks the writable fields and builds the endpoint.
         *
         * @return the endpoint
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule:
         *         blank name, blank credential username, no transport, a priority below 1
         */
        public RegisteredEndpoint build() {
            Check check = Check.of("RegisteredEndpoint");
            check.notBlank("name", name);
            check.notBlank("credentialUsername", credentialUsername);
            check.required("transport", transport);
            check.atLeast("priority", priority, 1);
            check.throwIfInvalid();
            return new RegisteredEndpoint(id, sipTrunkId, name, credentialUsername, transport,
                    priority, enabled, createTime, updateTime, projectId);
        }
    }
}
