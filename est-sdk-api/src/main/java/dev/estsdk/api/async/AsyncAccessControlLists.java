package dev.estsdk.api.async;

import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.SipTrunk;

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
     * @param accessControlList see the synchronous method
     * @return the future result
     */
    CompletableFuture<AccessControlList> create(AccessControlList accessControlList);

    /**
     * Creates an access control list described on a fresh builder.
     *
     * @param accessControlList see the synchronous method
     * @return the future result
     */
    default CompletableFuture<AccessControlList> create(Consumer<AccessControlList.Builder> accessControlList) {
        AccessControlList.Builder builder = AccessControlList.builder();
        accessControlList.accept(builder);
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
     * @param accessControlListId see the synchronous method
     * @param accessControlList see the synchronous method
     * @return the future result
     */
    CompletableFuture<AccessControlList> update(String accessControlListId, AccessControlList accessControlList);

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
    CompletableFuture<IpRange> addIpRange(String accessControlListId, IpRange ipRange);

    /**
     * Adds an IP range described on a fresh builder.
     *
     * @param accessControlListId see the synchronous method
     * @param ipRange see the synchronous method
     * @return the future result
     */
    default CompletableFuture<IpRange> addIpRange(String accessControlListId, Consumer<IpRange.Builder> ipRange) {
        IpRange.Builder builder = IpRange.builder();
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
     * @param accessControlListId see the synchronous method
     * @param ipRangeId see the synchronous method
     * @param ipRange see the synchronous method
     * @return the future result
     */
    CompletableFuture<IpRange> updateIpRange(String accessControlListId, String ipRangeId, IpRange ipRange);

    /**
     * Deletes an IP range.
     *
     * @param accessControlListId see the synchronous method
     * @param ipRangeId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> deleteIpRange(String accessControlListId, String ipRangeId);
}
