package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A full replacement of a credential list's writable fields ({@code PUT}): EST writes only its
 * name; users are changed one by one with {@code CredentialLists.updateCredential}.
 * {@code lists.update(list.toUpdate().name("HQ desk phones").build())}.
 * @param credentialListId the list to rename: an id as the API returned it
 * @param name             the new friendly name: not blank, at most {@value FieldRules#MAX_TEXT_LENGTH} characters,
 *                         no control characters
 */
public record UpdateCredentialListRequest(String credentialListId, String name) {

    /**
     * Creates the request.
     * @param credentialListId see {@link #credentialListId()}
     * @param name             see {@link #name()}
     * @throws EstValidationException listing every broken rule
     */
    public UpdateCredentialListRequest {
        Check check = Check.of("UpdateCredentialListRequest");
        check.apply("credentialListId", FieldRules.id(credentialListId));
        check.notBlank("name", name);
        check.throwIfInvalid();
    }

    /**
     * {@return a builder with every writable field unset} Prefer {@link #from(CredentialList)}: a
     * full replacement clears unset fields.
     * @param credentialListId the credential list to change
     */
    public static Builder builder(String credentialListId) {
        return new Builder(credentialListId);
    }

    /**
     * {@return a builder holding a fetched credential list's id and current writable values}
     * @param value the credential list as read from the server
     */
    public static Builder from(CredentialList value) {
        Objects.requireNonNull(value, "value");
        return new Builder(value.id()).name(value.name());
    }

    /** Collects the values of a {@link UpdateCredentialListRequest}; {@link #build()} checks them. */
    public static final class Builder {
        private final @Nullable String credentialListId;
        private @Nullable String name;

        private Builder(@Nullable String credentialListId) {
            this.credentialListId = credentialListId;
        }

        /**
         * Sets the friendly name.
         * @param name see {@link UpdateCredentialListRequest#name()}
         * @return this builder
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return the request}
         * @throws EstValidationException listing every broken rule
         */
        public UpdateCredentialListRequest build() {
            return new UpdateCredentialListRequest(credentialListId, name);
        }
    }
}
