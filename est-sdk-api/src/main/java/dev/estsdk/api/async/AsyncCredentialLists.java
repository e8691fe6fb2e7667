package dev.estsdk.api.async;

import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.UpdateCredentialListRequest;
import dev.estsdk.api.model.SipTrunk;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.CredentialLists}, returning futures. Operations,
 * rules and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncCredentialLists {

    /**
     * {@return a future of the created list; see
     * {@link dev.estsdk.api.CredentialLists#create(CreateCredentialListRequest)}}
     * @param request the name and at least one user
     */
    CompletableFuture<CredentialList> create(CreateCredentialListRequest request);

    /**
     * {@return a future of the created list; see
     * {@link dev.estsdk.api.CredentialLists#create(Consumer)}}
     * @param request sets the request's fields
     */
    default CompletableFuture<CredentialList> create(Consumer<CreateCredentialListRequest.Builder> request) {
        CreateCredentialListRequest.Builder builder = CreateCredentialListRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * {@return the project's credential lists; see {@link dev.estsdk.api.CredentialLists#list()}}
     */
    AsyncPagedIterable<CredentialList> list();

    /**
     * {@return a future of the list; see {@link dev.estsdk.api.CredentialLists#get(String)}}
     * @param credentialListId the list id
     */
    CompletableFuture<CredentialList> get(String credentialListId);

    /**
     * {@return a future of the renamed list; see
     * {@link dev.estsdk.api.CredentialLists#update(UpdateCredentialListRequest)}}
     * @param request the list to rename and its new name
     */
    CompletableFuture<CredentialList> update(UpdateCredentialListRequest request);

    /**
     * {@return a future of the updated list; see
     * {@link dev.estsdk.api.CredentialLists#update(CredentialList, Consumer)}}
     * @param credentialList the list as read from the server
     * @param change         edits a builder holding the list's current name
     */
    default CompletableFuture<CredentialList> update(CredentialList credentialList,
                                                     Consumer<UpdateCredentialListRequest.Builder> change) {
        UpdateCredentialListRequest.Builder builder = credentialList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * {@return a future completing once the list is deleted; see
     * {@link dev.estsdk.api.CredentialLists#delete(String)}}
     * @param credentialListId the list id
     */
    CompletableFuture<Void> delete(String credentialListId);

    /**
     * {@return the trunks the list is linked to; see
     * {@link dev.estsdk.api.CredentialLists#listTrunks(String)}}
     * @param credentialListId the list id
     */
    AsyncPagedIterable<SipTrunk> listTrunks(String credentialListId);

    /**
     * {@return a future of the user; see
     * {@link dev.estsdk.api.CredentialLists#updateCredential(String, String, Secret)}}
     * @param credentialListId the list id
     * @param username the SIP username
     * @param password the new password; must meet the {@link dev.estsdk.api.model.PasswordPolicy}
     */
    CompletableFuture<Credential> updateCredential(String credentialListId, String username, Secret password);

    /**
     * {@return a future completing once the user is deleted; see
     * {@link dev.estsdk.api.CredentialLists#deleteCredential(String, String)}}
     * @param credentialListId the list id
     * @param username the SIP username
     */
    CompletableFuture<Void> deleteCredential(String credentialListId, String username);
}
