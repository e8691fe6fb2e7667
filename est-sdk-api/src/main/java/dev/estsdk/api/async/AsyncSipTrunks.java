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
 * The asynchronous form of {@link dev.estsdk.api.SipTrunks}, returning futures. Operations, rules
 * and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncSipTrunks {

    /**
     * {@return a future of the created trunk; see
     * {@link dev.estsdk.api.SipTrunks#create(CreateSipTrunkRequest)}}
     * @param request the new trunk's writable fields
     */
    CompletableFuture<SipTrunk> create(CreateSipTrunkRequest request);

    /**
     * {@return a future of the created trunk; see
     * {@link dev.estsdk.api.SipTrunks#create(Consumer)}}
     * @param request sets the new trunk's fields
     */
    default CompletableFuture<SipTrunk> create(Consumer<CreateSipTrunkRequest.Builder> request) {
        CreateSipTrunkRequest.Builder builder = CreateSipTrunkRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /** {@return the project's trunks; see {@link dev.estsdk.api.SipTrunks#list()}} */
    AsyncPagedIterable<SipTrunk> list();

    /**
     * {@return the trunks matching a filter; see
     * {@link dev.estsdk.api.SipTrunks#list(SipTrunkFilter)}}
     * @param filter the conditions
     */
    AsyncPagedIterable<SipTrunk> list(SipTrunkFilter filter);

    /**
     * {@return a future of the trunk; see {@link dev.estsdk.api.SipTrunks#get(String)}}
     * @param trunkId the trunk id
     */
    CompletableFuture<SipTrunk> get(String trunkId);

    /**
     * {@return a future of the updated trunk; see
     * {@link dev.estsdk.api.SipTrunks#update(UpdateSipTrunkRequest)}}
     * @param request the trunk to change and its complete new writable state
     */
    CompletableFuture<SipTrunk> update(UpdateSipTrunkRequest request);

    /**
     * {@return a future of the updated trunk; see
     * {@link dev.estsdk.api.SipTrunks#update(dev.estsdk.api.model.SipTrunk, Consumer)}}
     * @param trunk  the trunk as read from the server
     * @param change edits a builder holding the trunk's current writable values
     */
    default CompletableFuture<SipTrunk> update(SipTrunk trunk, Consumer<UpdateSipTrunkRequest.Builder> change) {
        UpdateSipTrunkRequest.Builder builder = trunk.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * {@return a future completing once the trunk is deleted; see
     * {@link dev.estsdk.api.SipTrunks#delete(String)}}
     * @param trunkId the trunk id
     */
    CompletableFuture<Void> delete(String trunkId);

    /**
     * {@return a future of the linked ids; see
     * {@link dev.estsdk.api.SipTrunks#addAccessControlLists(String, Collection)}}
     * @param trunkId the trunk id
     * @param accessControlListIds the lists to link; at least one
     */
    CompletableFuture<List<String>> addAccessControlLists(String trunkId, Collection<String> accessControlListIds);

    /**
     * {@return the ids of the linked access control lists; see
     * {@link dev.estsdk.api.SipTrunks#listAccessControlLists(String)}}
     * @param trunkId the trunk id
     */
    AsyncPagedIterable<String> listAccessControlLists(String trunkId);

    /**
     * {@return a future completing once the list is unlinked; see
     * {@link dev.estsdk.api.SipTrunks#removeAccessControlList(String, String)}}
     * @param trunkId the trunk id
     * @param accessControlListId the list to unlink
     */
    CompletableFuture<Void> removeAccessControlList(String trunkId, String accessControlListId);

    /**
     * {@return a future of the linked ids; see
     * {@link dev.estsdk.api.SipTrunks#addCredentialLists(String, Collection)}}
     * @param trunkId the trunk id
     * @param credentialListIds the lists to link; at least one
     */
    CompletableFuture<List<String>> addCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * {@return the ids of the linked credential lists; see
     * {@link dev.estsdk.api.SipTrunks#listCredentialLists(String)}}
     * @param trunkId the trunk id
     */
    AsyncPagedIterable<String> listCredentialLists(String trunkId);

    /**
     * {@return a future of the linked ids; see
     * {@link dev.estsdk.api.SipTrunks#replaceCredentialLists(String, Collection)}}
     * @param trunkId the trunk id
     * @param credentialListIds the complete new set
     */
    CompletableFuture<List<String>> replaceCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * {@return a future completing once the list is unlinked; see
     * {@link dev.estsdk.api.SipTrunks#removeCredentialList(String, String)}}
     * @param trunkId the trunk id
     * @param credentialListId the list to unlink
     */
    CompletableFuture<Void> removeCredentialList(String trunkId, String credentialListId);
}
