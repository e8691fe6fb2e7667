package dev.estsdk.api.model;

/**
 * A SIP digest user of a {@link CredentialList}, as the server returns it: the password is never
 * returned.
 *
 * @param id       read-only; the credential id
 * @param username the SIP username; required, not blank
 */
public record Credential(String id, String username) {

    /**
     * Starts an empty credential.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this credential.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).username(username);
    }

    /** Builds a {@link Credential}. */
    public static final class Builder {
        private String id;
        private String username;

        private Builder() {
        }

        /**
         * Sets the id. Read-only on the server.
         *
         * @param id the credential id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the username.
         *
         * @param username required, not blank
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * Checks the username and builds the credential.
         *
         * @return the credential
         * @throws dev.estsdk.api.exception.EstValidationException if the username is blank
         */
        public Credential build() {
            Check check = Check.of("Credential");
            check.username("username", username);
            check.throwIfInvalid();
            return new Credential(id, username);
        }
    }
}
