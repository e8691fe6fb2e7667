package dev.estsdk.workflows;

import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A list a trunk authenticates SIP traffic with, new (created by the plan) or existing (by id):
 * an access control list admits outbound INVITEs by source IP; a credential list admits outbound
 * INVITEs and REGISTERs by SIP digest. Either must be linked to the trunk to take effect, which
 * {@link TrunkProvisioner#apply(ProvisioningPlan)} does.
 *
 * <pre>{@code
 * TrunkAuth.acl(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32))
 * TrunkAuth.credentials(c -> c.name("Desk phones").credential("alice", "Alice-Passw0rd"))
 * TrunkAuth.existingAcl("01HA2E80QCBX185VVP21PJG9CT")
 * }</pre>
 */
public sealed interface TrunkAuth {

    /**
     * An access control list to create (or, on a repeated apply, the one of the same name linked
     * to the trunk).
     *
     * @param definition the list; at least one IP range
     */
    record NewAccessControlList(CreateAccessControlListRequest definition) implements TrunkAuth {
        /**
         * Checks the list is given.
         *
         * @param definition the list; at least one IP range
         * @throws NullPointerException if definition is null
         */
        public NewAccessControlList {
            Objects.requireNonNull(definition, "definition");
        }
    }

    /**
     * An access control list that already exists in the project.
     *
     * @param id the list id
     */
    record ExistingAccessControlList(String id) implements TrunkAuth {
        /**
         * Checks the id is given.
         *
         * @param id the list id
         * @throws NullPointerException if id is null
         */
        public ExistingAccessControlList {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A credential list to create (or, on a repeated apply, the one of the same name linked to the
     * trunk). Its passwords are sent only when the list is created.
     *
     * @param definition the list and its users
     */
    record NewCredentialList(CreateCredentialListRequest definition) implements TrunkAuth {
        /**
         * Checks the request is given.
         *
         * @param definition the list and its users
         * @throws NullPointerException if definition is null
         */
        public NewCredentialList {
            Objects.requireNonNull(definition, "definition");
        }
    }

    /**
     * A credential list that already exists in the project.
     *
     * @param id the list id
     */
    record ExistingCredentialList(String id) implements TrunkAuth {
        /**
         * Checks the id is given.
         *
         * @param id id
         * @throws NullPointerException if id is null
         */
        public ExistingCredentialList {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Whether this is a credential list (SIP digest) rather than an access control list.
     *
     * @return true for credential lists
     */
    default boolean isCredentialList() {
        return this instanceof NewCredentialList || this instanceof ExistingCredentialList;
    }

    /**
     * A new access control list.
     *
     * @param definition the list; at least one IP range
     * @return the auth
     */
    static TrunkAuth acl(CreateAccessControlListRequest definition) {
        return new NewAccessControlList(definition);
    }

    /**
     * A new access control list described on a fresh builder.
     *
     * @param definition sets the list's name and IP ranges
     * @return the auth
     * @throws EstValidationException if the list breaks a rule, such as having no IP range
     */
    static TrunkAuth acl(Consumer<CreateAccessControlListRequest.Builder> definition) {
        CreateAccessControlListRequest.Builder builder = CreateAccessControlListRequest.builder();
        definition.accept(builder);
        return acl(builder.build());
    }

    /**
     * An access control list that already exists.
     *
     * @param accessControlListId its id
     * @return the auth
     */
    static TrunkAuth existingAcl(String accessControlListId) {
        return new ExistingAccessControlList(accessControlListId);
    }

    /**
     * A new credential list.
     *
     * @param definition the list and its users with their passwords
     * @return the auth
     */
    static TrunkAuth credentials(CreateCredentialListRequest definition) {
        return new NewCredentialList(definition);
    }

    /**
     * A new credential list described on a fresh builder.
     *
     * @param definition sets the list's name and users
     * @return the auth
     * @throws EstValidationException if the list breaks a builder rule (password policy included;
     *                                the message never contains a password)
     */
    static TrunkAuth credentials(Consumer<CreateCredentialListRequest.Builder> definition) {
        CreateCredentialListRequest.Builder builder = CreateCredentialListRequest.builder();
        definition.accept(builder);
        return credentials(builder.build());
    }

    /**
     * A credential list that already exists.
     *
     * @param credentialListId its id
     * @return the auth
     */
    static TrunkAuth existingCredentials(String credentialListId) {
        return new ExistingCredentialList(credentialListId);
    }
}
