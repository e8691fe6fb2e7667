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
 * The asynchronous form of {@link dev.estsdk.api.CredentialLists}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncCredentialLists {

    /**
     * Creates a credential list with its credentials.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<CredentialList> create(CreateCredentialListRequest request);

    /**
     * Creates a credential list described on a fresh builder.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CredentialList> create(Consumer<CreateCredentialListRequest.Builder> request) {
        CreateCredentialListRequest.Builder builder = CreateCredentialListRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * Lists the project's credential lists.
     *
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<CredentialList> list();

    /**
     * Reads a credential list.
     *
     * @param credentialListId see the synchronous method
     * @return the future result
     */
    CompletableFuture<CredentialList> get(String credentialListId);

    /**
     * Renames a credential list, a full replacement.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<CredentialList> update(UpdateCredentialListRequest request);

    /**
     * Sends a full replacement made of a fetched list's writable values with some changed.
     *
     * @param credentialList see the synchronous method
     * @param change         see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CredentialList> update(CredentialList credentialList,
                                                     Consumer<UpdateCredentialListRequest.Builder> change) {
        UpdateCredentialListRequest.Builder builder = credentialList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a credential list.
     *
     * @param credentialListId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> delete(String credentialListId);

    /**
     * Lists the trunks a credential list is linked to.
     *
     * @param credentialListId see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<SipTrunk> listTrunks(String credentialListId);

    /**
     * Sets a credential's password, creating the credential if needed.
     *
     * @param credentialListId see the synchronous method
     * @param username see the synchronous method
     * @param password see the synchronous method
     * @return the future result
     */
    CompletableFuture<Credential> updateCredential(String credentialListId, String username, Secret password);

    /**
     * Deletes a credential.
     *
     * @param credentialListId see the synchronous method
     * @param username see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> deleteCredential(String credentialListId, String username);
}
