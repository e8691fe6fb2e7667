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
 * The asynchronous form of {@link dev.estsdk.api.AccessControlLists}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncAccessControlLists {

    /**
     * Creates an access control list.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<AccessControlList> create(CreateAccessControlListRequest request);

    /**
     * Creates an access control list described on a fresh builder.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    default CompletableFuture<AccessControlList> create(Consumer<CreateAccessControlListRequest.Builder> request) {
        CreateAccessControlListRequest.Builder builder = CreateAccessControlListRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * Lists the project's access control lists.
     *
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<AccessControlList> list();

    /**
     * Reads an access control list.
     *
     * @param accessControlListId see the synchronous method
     * @return the future result
     */
    CompletableFuture<AccessControlList> get(String accessControlListId);

    /**
     * Replaces an access control list (a full PUT).
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<AccessControlList> update(UpdateAccessControlListRequest request);

    /**
     * Replaces an access control list with a fetched list's values, some changed.
     *
     * @param accessControlList see the synchronous method
     * @param change see the synchronous method
     * @return the future result
     */
    default CompletableFuture<AccessControlList> update(AccessControlList accessControlList,
                                                        Consumer<UpdateAccessControlListRequest.Builder> change) {
        UpdateAccessControlListRequest.Builder builder = accessControlList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes an access control list.
     *
     * @param accessControlListId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> delete(String accessControlListId);

    /**
     * Lists the trunks an access control list is linked to.
     *
     * @param accessControlListId see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<SipTrunk> listTrunks(String accessControlListId);

    /**
     * Adds an IP range.
     *
     * @param accessControlListId see the synchronous method
     * @param ipRange see the synchronous method
     * @return the future result
     */
    CompletableFuture<IpRange> addIpRange(String accessControlListId, NewIpRange ipRange);

    /**
     * Adds an IP range described on a fresh builder.
     *
     * @param accessControlListId see the synchronous method
     * @param ipRange see the synchronous method
     * @return the future result
     */
    default CompletableFuture<IpRange> addIpRange(String accessControlListId, Consumer<NewIpRange.Builder> ipRange) {
        NewIpRange.Builder builder = NewIpRange.builder();
        ipRange.accept(builder);
        return addIpRange(accessControlListId, builder.build());
    }

    /**
     * Lists an access control list's IP ranges.
     *
     * @param accessControlListId see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<IpRange> listIpRanges(String accessControlListId);

    /**
     * Replaces an IP range.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<IpRange> updateIpRange(UpdateIpRangeRequest request);

    /**
     * Replaces an IP range with a fetched range's values, some changed.
     *
     * @param ipRange see the synchronous method
     * @param change see the synchronous method
     * @return the future result
     */
    default CompletableFuture<IpRange> updateIpRange(IpRange ipRange, Consumer<UpdateIpRangeRequest.Builder> change) {
        UpdateIpRangeRequest.Builder builder = ipRange.toUpdate();
        change.accept(builder);
        return updateIpRange(builder.build());
    }

    /**
     * Deletes an IP range.
     *
     * @param accessControlListId see the synchronous method
     * @param ipRangeId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> deleteIpRange(String accessControlListId, String ipRangeId);
}
