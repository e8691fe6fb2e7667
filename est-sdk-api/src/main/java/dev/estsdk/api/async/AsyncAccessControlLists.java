package dev.estsdk.api.async;

import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.AccessControlLists}, returning futures.
 * Operations, rules and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncAccessControlLists {

    /**
     * {@return a future of the created list; see
     * {@link dev.estsdk.api.AccessControlLists#create(CreateAccessControlListRequest)}}
     * @param request the name, enabled flag and at least one IP range
     */
    CompletableFuture<AccessControlList> create(CreateAccessControlListRequest request);

    /**
     * {@return a future of the created list; see
     * {@link dev.estsdk.api.AccessControlLists#create(Consumer)}}
     * @param request sets the request's fields
     */
    default CompletableFuture<AccessControlList> create(Consumer<CreateAccessControlListRequest.Builder> request) {
        CreateAccessControlListRequest.Builder builder = CreateAccessControlListRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /** {@return the project's lists; see {@link dev.estsdk.api.AccessControlLists#list()}} */
    AsyncPagedIterable<AccessControlList> list();

    /**
     * {@return a future of the list; see {@link dev.estsdk.api.AccessControlLists#get(String)}}
     * @param accessControlListId the list id
     */
    CompletableFuture<AccessControlList> get(String accessControlListId);

    /**
     * {@return a future of the updated list; see
     * {@link dev.estsdk.api.AccessControlLists#update(UpdateAccessControlListRequest)}}
     * @param request the list to replace and its complete new writable state
     */
    CompletableFuture<AccessControlList> update(UpdateAccessControlListRequest request);

    /**
     * {@return a future of the updated list; see
     * {@link dev.estsdk.api.AccessControlLists#update(AccessControlList, Consumer)}}
     * @param accessControlList the list as read from the server
     * @param change            edits a builder holding the list's current name, flag and ranges
     */
    default CompletableFuture<AccessControlList> update(AccessControlList accessControlList,
                                                        Consumer<UpdateAccessControlListRequest.Builder> change) {
        UpdateAccessControlListRequest.Builder builder = accessControlList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * {@return a future completing once the list is deleted; see
     * {@link dev.estsdk.api.AccessControlLists#delete(String)}}
     * @param accessControlListId the list id
     */
    CompletableFuture<Void> delete(String accessControlListId);

    /**
     * {@return the trunks the list is linked to; see
     * {@link dev.estsdk.api.AccessControlLists#listTrunks(String)}}
     * @param accessControlListId the list id
     */
    AsyncPagedIterable<SipTrunk> listTrunks(String accessControlListId);

    /**
     * {@return a future of the created range; see
     * {@link dev.estsdk.api.AccessControlLists#addIpRange(String, NewIpRange)}}
     * @param accessControlListId the list id
     * @param ipRange             the range's writable fields
     */
    CompletableFuture<IpRange> addIpRange(String accessControlListId, NewIpRange ipRange);

    /**
     * {@return a future of the created range; see
     * {@link dev.estsdk.api.AccessControlLists#addIpRange(String, Consumer)}}
     * @param accessControlListId the list id
     * @param ipRange             sets the range's fields
     */
    default CompletableFuture<IpRange> addIpRange(String accessControlListId, Consumer<NewIpRange.Builder> ipRange) {
        NewIpRange.Builder builder = NewIpRange.builder();
        ipRange.accept(builder);
        return addIpRange(accessControlListId, builder.build());
    }

    /**
     * {@return the list's ranges; see
     * {@link dev.estsdk.api.AccessControlLists#listIpRanges(String)}}
     * @param accessControlListId the list id
     */
    AsyncPagedIterable<IpRange> listIpRanges(String accessControlListId);

    /**
     * {@return a future of the updated range; see
     * {@link dev.estsdk.api.AccessControlLists#updateIpRange(UpdateIpRangeRequest)}}
     * @param request the list and range ids and the range's complete new writable state
     */
    CompletableFuture<IpRange> updateIpRange(UpdateIpRangeRequest request);

    /**
     * {@return a future of the updated range; see
     * {@link dev.estsdk.api.AccessControlLists#updateIpRange(IpRange, Consumer)}}
     * @param ipRange the range as read from the server, with its list id
     * @param change  edits a builder holding the range's current values
     */
    default CompletableFuture<IpRange> updateIpRange(IpRange ipRange, Consumer<UpdateIpRangeRequest.Builder> change) {
        UpdateIpRangeRequest.Builder builder = ipRange.toUpdate();
        change.accept(builder);
        return updateIpRange(builder.build());
    }

    /**
     * {@return a future completing once the range is deleted; see
     * {@link dev.estsdk.api.AccessControlLists#deleteIpRange(String, String)}}
     * @param accessControlListId the list id
     * @param ipRangeId           the range id
     */
    CompletableFuture<Void> deleteIpRange(String accessControlListId, String ipRangeId);
}
