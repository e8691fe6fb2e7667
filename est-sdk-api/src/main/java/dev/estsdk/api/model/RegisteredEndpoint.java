package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

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
public record RegisteredEndpoint(@Nullable String id, @Nullable String sipTrunkId, String name,
                                 String credentialUsername, @Nullable Transport transport, int priority,
                                 boolean enabled, @Nullable Instant createTime, @Nullable Instant updateTime,
                                 @Nullable String projectId) implements SipEndpoint {
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
    public static final class Builder extends EndpointBuilder<Builder> {
        private String credentialUsername;

        private Builder() {
        }

        @Override
        Builder self() {
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
         * Checks the writable fields and builds the endpoint.
         *
         * @return the endpoint
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule:
         *         blank name, no transport, a priority below 1, blank credential username
         */
        public RegisteredEndpoint build() {
            Check check = Check.of("RegisteredEndpoint");
            checkShared(check);
            check.username("credentialUsername", credentialUsername);
            check.throwIfInvalid();
            return new RegisteredEndpoint(id, sipTrunkId, name, credentialUsername, transport,
                    priority, enabled, createTime, updateTime, projectId);
        }
    }
}
