package dev.estsdk.api;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;

import java.util.function.Consumer;

/**
 * Access control lists and their IP ranges: which source IPv4 networks may send outbound calls
 * (operations 18 to 27). Lists are project-level; they take effect once linked to a trunk with
 * {@link SipTrunks#addAccessControlLists} (about 60 seconds to reach the SIP edge).
 *
 * <p><b>The CIDR trap:</b> ranges are objects of address and prefix length; a CIDR string is
 * refused by the server. Use {@link NewIpRange#ofCidr(String)} to convert.
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. An id that is null, blank or not a
 * path segment, or a request breaking a rule, throws {@link EstValidationException} before any
 * request; a null request or callback throws {@link NullPointerException}. Methods returning
 * {@link PagedIterable} fetch nothing until iteration starts.
 */
public interface AccessControlLists {

    /**
     * Creates a list with its ranges (#18, {@code POST /accessControlLists}); {@code enabled}
     * is always sent.
     * @param request the name, enabled flag and at least one IP range
     * @return the created list, with server ids for the list and every range
     * @throws BadRequestException if the server rejects the body
     */
    AccessControlList create(CreateAccessControlListRequest request);

    /**
     * Creates a list described on a fresh builder (#18):
     * {@code create(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32))}.
     * @param request sets the request's fields
     * @return the created list
     */
    default AccessControlList create(Consumer<CreateAccessControlListRequest.Builder> request) {
        CreateAccessControlListRequest.Builder builder = CreateAccessControlListRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /** {@return the project's lists with their ranges (#19, {@code GET /accessControlLists})} */
    PagedIterable<AccessControlList> list();

    /**
     * Reads one list (#20, {@code GET /accessControlLists/{id}}).
     * @param accessControlListId the list id
     * @return the list with its ranges
     * @throws NotFoundException if no list has this id
     */
    AccessControlList get(String accessControlListId);

    /**
     * Replaces a list's writable fields, a full replacement
     * (#21, {@code PUT /accessControlLists/{id}}): {@code name}, {@code enabled} and
     * {@code ipRanges} are all sent. Start from the fetched list's
     * {@link AccessControlList#toUpdate()} so its ranges are kept.
     * @param request the list to replace and its complete new writable state
     * @return the updated list
     * @throws NotFoundException if no list has the request's id
     */
    AccessControlList update(UpdateAccessControlListRequest request);

    /**
     * Sends a full replacement made of a fetched list's writable values with some changed (#21):
     * {@code update(acl, a -> a.enabled(false))}.
     * @param accessControlList the list as read from the server
     * @param change            edits a builder holding the list's current name, flag and ranges
     * @return the updated list
     * @throws NotFoundException if the list no longer exists
     */
    default AccessControlList update(AccessControlList accessControlList,
                                     Consumer<UpdateAccessControlListRequest.Builder> change) {
        UpdateAccessControlListRequest.Builder builder = accessControlList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a list and its ranges (#22, {@code DELETE /accessControlLists/{id}}).
     * @param accessControlListId the list id
     * @throws NotFoundException if no list has this id
     */
    void delete(String accessControlListId);

    /**
     * Lists the trunks a list is linked to (#23, {@code GET /accessControlLists/{id}/trunks}).
     * @param accessControlListId the list id
     * @return the trunks
     */
    PagedIterable<SipTrunk> listTrunks(String accessControlListId);

    /**
     * Adds a range to a list (#24, {@code POST /accessControlLists/{id}/ipRanges}).
     * @param accessControlListId the list id
     * @param ipRange             the range's writable fields
     * @return the created range, with its id
     * @throws NotFoundException if no list has this id
     */
    IpRange addIpRange(String accessControlListId, NewIpRange ipRange);

    /**
     * Adds a range described on a fresh builder (#24):
     * {@code addIpRange(aclId, r -> r.ipAddress("198.51.100.0").range(24).description("DR site"))}.
     * @param accessControlListId the list id
     * @param ipRange             sets the range's fields
     * @return the created range
     * @throws NotFoundException if no list has this id
     */
    default IpRange addIpRange(String accessControlListId, Consumer<NewIpRange.Builder> ipRange) {
        NewIpRange.Builder builder = NewIpRange.builder();
        ipRange.accept(builder);
        return addIpRange(accessControlListId, builder.build());
    }

    /**
     * Lists a list's ranges (#25, {@code GET /accessControlLists/{id}/ipRanges}).
     * @param accessControlListId the list id
     * @return the ranges
     */
    PagedIterable<IpRange> listIpRanges(String accessControlListId);

    /**
     * Replaces a range's writable fields, a full replacement
     * (#26, {@code PUT /accessControlLists/{id}/ipRanges/{rangeId}}): {@code description},
     * {@code ipAddress} and {@code range} are all sent. Start from the fetched range's
     * {@link IpRange#toUpdate()}.
     * @param request the list and range ids and the range's complete new writable state
     * @return the updated range
     * @throws NotFoundException if the list or the range does not exist
     */
    IpRange updateIpRange(UpdateIpRangeRequest request);

    /**
     * Sends a full replacement made of a fetched range's writable values with some changed (#26):
     * {@code updateIpRange(range, r -> r.description("DR site"))}.
     * @param ipRange the range as read from the server, with its list id
     * @param change  edits a builder holding the range's current values
     * @return the updated range
     * @throws NotFoundException if the list or the range no longer exists
     */
    default IpRange updateIpRange(IpRange ipRange, Consumer<UpdateIpRangeRequest.Builder> change) {
        UpdateIpRangeRequest.Builder builder = ipRange.toUpdate();
        change.accept(builder);
        return updateIpRange(builder.build());
    }

    /**
     * Deletes a range (#27, {@code DELETE /accessControlLists/{id}/ipRanges/{rangeId}}).
     * @param accessControlListId the list id
     * @param ipRangeId           the range id
     * @throws NotFoundException if the list or the range does not exist
     */
    void deleteIpRange(String accessControlListId, String ipRangeId);
}
