package dev.estsdk.twilio.model;

import dev.estsdk.api.model.Secret;
import org.jspecify.annotations.Nullable;

/**
 * A new digest credential of a credential list
 * ({@code POST …/SIP/CredentialLists/{Sid}/Credentials.json}). The password must meet Twilio's
 * policy (at least 12 characters with an upper-case letter, a lower-case letter and a digit),
 * which is checked here so a weak password fails before any request; it is a {@link Secret}
 * and never printed.
 *
 * <pre>{@code
 * CreateCredentialRequest.builder().username("pbx-hq").password(Secret.of(System.getenv("SIP_PASSWORD"))).build();
 * }</pre>
 *
 * @param username the digest username, 1 to 32 characters, unique in the list; required
 * @param password the password; required
 */
public record CreateCredentialRequest(String username, Secret password) {

    /**
     * Checks both fields; messages never contain the password.
     *
     * @param username the username
     * @param password the password
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
     */
    public CreateCredentialRequest {
        Violations.of("CreateCredentialRequest")
                .apply("username", TwilioRules.username(username))
                .apply("password", TwilioRules.password(password))
                .throwIfAny();
    }

    /**
     * Starts an empty request; set the username and the password.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Describes the request without the password.
     *
     * @return e.g. {@code CreateCredentialRequest[username=pbx-hq, password=***]}
     */
    @Override
    public String toString() {
        return "CreateCredentialRequest[username=" + username + ", password=***]";
    }

    /** Builds a {@link CreateCredentialRequest}; {@link #build()} checks both fields. */
    public static final class Builder {
        private @Nullable String username;
        private @Nullable Secret password;

        private Builder() {
        }

        /**
         * Sets the username ({@code Username}).
         *
         * @param username 1 to 32 characters, no white space
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * Sets the password ({@code Password}).
         *
         * @param password at least 12 characters with upper case, lower case and a digit
         * @return this builder
         */
        public Builder password(Secret password) {
            this.password = password;
            return this;
        }

        /**
         * Describes the builder without the password.
         *
         * @return the username and {@code ***}
         */
        @Override
        public String toString() {
            return "CreateCredentialRequest.Builder[username=" + username + ", password=***]";
        }

        /**
         * Checks both fields and builds the request.
         *
         * @return the request
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule
         */
        // Unset required fields go to the constructor as null on purpose: it reports each as
        // "is required", with every other broken rule, instead of failing on the first.
        @SuppressWarnings("NullAway")
        public CreateCredentialRequest build() {
            return new CreateCredentialRequest(username, password);
        }
    }
}
