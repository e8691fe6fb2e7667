package dev.estsdk.api.async;

import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import dev.estsdk.api.model.UpdateSipTrunkRequest;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.SipTrunks}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncSipTrunks {

    /**
     * Creates a trunk (#1).
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<SipTrunk> create(CreateSipTrunkRequest request);

    /**
     * Creates a trunk described on a fresh builder (#1).
     *
     * @param request see the synchronous method
     * @return the future result
     */
    default CompletableFuture<SipTrunk> create(Consumer<CreateSipTrunkRequest.Builder> request) {
        CreateSipTrunkRequest.Builder builder = CreateSipTrunkRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * Lists the project's trunks (#2).
     *
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<SipTrunk> list();

    /**
     * Lists the project's trunks that match a filter (#2).
     *
     * @param filter see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<SipTrunk> list(SipTrunkFilter filter);

    /**
     * Reads a trunk (#3).
     *
     * @param trunkId see the synchronous method
     * @return the future result
     */
    CompletableFuture<SipTrunk> get(String trunkId);

    /**
     * Replaces a trunk's writable fields (#4, a full PUT).
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<SipTrunk> update(UpdateSipTrunkRequest request);

    /**
     * Sends a full replacement made of a fetched trunk's writable values with some changed (#4).
     *
     * @param trunk  see the synchronous method
     * @param change see the synchronous method
     * @return the future result
     */
    default CompletableFuture<SipTrunk> update(SipTrunk trunk, Consumer<UpdateSipTrunkRequest.Builder> change) {
        UpdateSipTrunkRequest.Builder builder = trunk.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a trunk (#5).
     *
     * @param trunkId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> delete(String trunkId);

    /**
     * Links access control lists to a trunk (#6).
     *
     * @param trunkId see the synchronous method
     * @param accessControlListIds see the synchronous method
     * @return the future result
     */
    CompletableFuture<List<String>> addAccessControlLists(String trunkId, Collection<String> accessControlListIds);

    /**
     * Lists the ids of the access control lists linked to a trunk (#7).
     *
     * @param trunkId see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<String> listAccessControlLists(String trunkId);

    /**
     * Unlinks an access control list (#8).
     *
     * @param trunkId see the synchronous method
     * @param accessControlListId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> removeAccessControlList(String trunkId, String accessControlListId);

    /**
     * Links credential lists to a trunk (#9).
     *
     * @param trunkId see the synchronous method
     * @param credentialListIds see the synchronous method
     * @return the future result
     */
    CompletableFuture<List<String>> addCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * Lists the ids of the credential lists linked to a trunk (#10).
     *
     * @param trunkId see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<String> listCredentialLists(String trunkId);

    /**
     * Replaces the credential lists linked to a trunk (#11).
     *
     * @param trunkId see the synchronous method
     * @param credentialListIds see the synchronous method
     * @return the future result
     */
    CompletableFuture<List<String>> replaceCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * Unlinks a credential list (#12).
     *
     * @param trunkId see the synchronous method
     * @param credentialListId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> removeCredentialList(String trunkId, String credentialListId);
}
