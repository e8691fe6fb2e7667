package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of a credential-list creation (#28): a name and the SIP users with their passwords,
 * held as {@link Secret}s that {@link #toString()} and every validation message hide. A created
 * list does nothing until it is linked to a trunk with {@code SipTrunks.addCredentialLists}.
 *
 * <pre>{@code
 * CreateCredentialListRequest request = CreateCredentialListRequest.builder()
 *         .name("HQ phones")
 *         .credential("alice", System.getenv("ALICE_SIP_PASSWORD"))
 *         .build();
 * }</pre>
 * @param name        friendly name; required, not blank
 * @param credentials the users to create; at least one, usernames unique
 */
public record CreateCredentialListRequest(String name, List<NewCredential> credentials) {

    /**
     * Creates a request; a null list means none, which breaks the rule.
     * @param name        see {@link #name()}
     * @param credentials see {@link #credentials()}
     * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule, as
     *         {@link Builder#build()}
     */
    public CreateCredentialListRequest(@Nullable String name, @Nullable List<NewCredential> credentials) {
        List<NewCredential> given = credentials == null ? List.of() : new ArrayList<>(credentials);
        Check check = Check.of("CreateCredentialListRequest");
        check(check, name, given, Set.of());
        check.throwIfInvalid();
        this.name = name;
        this.credentials = List.copyOf(given);
    }

    private static void check(Check check, @Nullable String name, List<NewCredential> credentials,
                              Set<Integer> unrepresentable) {
        check.notBlank("name", name);
        if (credentials.isEmpty()) {
            check.fail("credentials", "must contain at least one credential");
        }
        Map<String, Integer> firstIndexOfUsername = new HashMap<>();
        for (int i = 0; i < credentials.size(); i++) {
            String field = "credentials[" + i + "]";
            NewCredential credential = credentials.get(i);
            if (!check.required(field, credential)) {
                continue;
            }
            if (unrepresentable.contains(i)) {
                check.username(field + ".username", credential.username());
                check.fail(field + ".password", "must not contain white space or control characters");
            } else {
                credential.check(check.at(field));
            }
            Integer first = credential.username() == null ? null
                    : firstIndexOfUsername.putIfAbsent(credential.username(), i);
            if (first != null) {
                check.fail(field + ".username", "must be unique in the list (same as credentials["
                        + first + "])");
            }
        }
    }

    /** {@return an empty builder; set {@code name} and add at least one credential} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this request's values} */
    public Builder toBuilder() {
        return new Builder().name(name).credentials(credentials);
    }

    /** Collects the values of a request; {@link #build()} checks them. */
    public static final class Builder {
        private String name;
        private final List<NewCredential> credentials = new ArrayList<>();
        private final Set<Integer> unrepresentable = new HashSet<>();

        private Builder() {
        }

        /**
         * Sets the friendly name.
         * @param name required, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Adds a SIP user, wrapping the password in a {@link Secret} at once; {@link #build()}
         * reports an empty or null one as missing.
         * @param username the SIP username
         * @param password the password, see {@link PasswordPolicy}
         * @return this builder
         */
        public Builder credential(String username, String password) {
            if (password != null && FieldRules.hasControl(password)) {
                unrepresentable.add(credentials.size());
                return credential(username, (Secret) null);
            }
            Secret secret = password == null || password.isEmpty() ? null : Secret.of(password);
            return credential(username, secret);
        }

        /**
         * Adds a SIP user.
         * @param username the SIP username
         * @param password the password, see {@link PasswordPolicy}
         * @return this builder
         */
        public Builder credential(String username, Secret password) {
            return credential(NewCredential.of(username, password));
        }

        /**
         * Adds a SIP user.
         * @param credential the user
         * @return this builder
         */
        public Builder credential(NewCredential credential) {
            credentials.add(credential);
            return this;
        }

        /**
         * Replaces all SIP users.
         * @param credentials the users; null means none
         * @return this builder
         */
        public Builder credentials(@Nullable Collection<NewCredential> credentials) {
            this.credentials.clear();
            this.unrepresentable.clear();
            if (credentials != null) {
                this.credentials.addAll(credentials);
            }
            return this;
        }

        /**
         * {@return the request}
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule,
         *         credentials named by index (e.g. {@code credentials[0].password}): blank name, no
         *         credential, a blank or repeated username, a missing password or one below the
         *         {@link PasswordPolicy}; passwords are never echoed
         */
        public CreateCredentialListRequest build() {
            Check check = Check.of("CreateCredentialListRequest");
            check(check, name, credentials, unrepresentable);
            check.throwIfInvalid();
            return new CreateCredentialListRequest(name, credentials);
        }
    }
}
