package dev.estsdk.api;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.SipTrunk;

import java.util.function.Consumer;

/**
 * Access control lists and their IP ranges: which source IPv4 networks may send outbound calls
 * (operations 18 to 27). Lists are project-level; they take effect once linked to a trunk with
 * {@link SipTrunks#addAccessControlLists} (about 60 seconds to reach the SIP edge).
 *
 * <p><b>The CIDR trap:</b> ranges are objects of address and prefix length; a CIDR string is
 * refused by the server. Use {@link IpRange#ofCidr(String)} to convert.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. Methods returning
 * {@link PagedIterable} fetch nothing until iteration starts.
 */
public interface AccessControlLists {

    /**
     * Creates a list with its ranges (#18, {@code POST /accessControlLists}); {@code enabled}
     * is always sent.
     *
     * @param accessControlList the writable fields, with at least one IP range
     * @return the created list, with server ids for the list and every range
     * @throws EstValidationException if the list breaks a builder rule or has no IP range
     * @throws BadRequestException    if the server rejects the body
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    AccessControlList create(AccessControlList accessControlList);

    /**
     * Creates a list described on a fresh {@link AccessControlList.Builder} (#18):
     * {@code create(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32))}.
     *
     * @param accessControlList sets the list's fields
     * @return the created list
     * @throws EstValidationException if the list breaks a builder rule or has no IP range
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default AccessControlList create(Consumer<AccessControlList.Builder> accessControlList) {
        AccessControlList.Builder builder = AccessControlList.builder();
        accessControlList.accept(builder);
        return create(builder.build());
    }

    /**
     * Lists the project's access control lists (#19, {@code GET /accessControlLists}), lazily.
     *
     * @return the lists with their ranges; nothing is fetched until iteration starts
     */
    PagedIterable<AccessControlList> list();

    /**
     * Reads one list (#20, {@code GET /accessControlLists/{id}}).
     *
     * @param accessControlListId the list id
     * @return the list with its ranges
     * @throws EstValidationException if the id is null or blank
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    AccessControlList get(String accessControlListId);

    /**
     * Replaces a list's writable fields (#21, {@code PUT /accessControlLists/{id}}): this is a
     * full replacement, every writable field ({@code name}, {@code enabled}, {@code ipRanges})
     * is sent and a value left null is stored as null/default by the server. Read-only fields
     * are never sent. Start from the fetched list's {@code toBuilder()} so its ranges are kept.
     *
     * @param accessControlListId the list id
     * @param accessControlList   the complete new writable state
     * @return the updated list
     * @throws EstValidationException if the id is blank or the list breaks a builder rule
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    AccessControlList update(String accessControlListId, AccessControlList accessControlList);

    /**
     * Deletes a list and its ranges (#22, {@code DELETE /accessControlLists/{id}}).
     *
     * @param accessControlListId the list id
     * @throws EstValidationException if the id is null or blank
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String accessControlListId);

    /**
     * Lists the trunks a list is linked to (#23, {@code GET /accessControlLists/{id}/trunks}), lazily.
     *
     * @param accessControlListId the list id
     * @return the trunks; nothing is fetched until iteration starts
     * @throws EstValidationException if the id is null or blank
     */
    PagedIterable<SipTrunk> listTrunks(String accessControlListId);

    /**
     * Adds a range to a list (#24, {@code POST /accessControlLists/{id}/ipRanges}).
     *
     * @param accessControlListId the list id
     * @param ipRange             the range's writable fields
     * @return the created range, with its id
     * @throws EstValidationException if the id is blank or the range breaks a builder rule
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    IpRange addIpRange(String accessControlListId, IpRange ipRange);

    /**
     * Adds a range described on a fresh {@link IpRange.Builder} (#24):
     * {@code addIpRange(aclId, r -> r.ipAddress("198.51.100.0").range(24).description("DR site"))}.
     *
     * @param accessControlListId the list id
     * @param ipRange             sets the range's fields
     * @return the created range
     * @throws EstValidationException if the id is blank or the range breaks a builder rule
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default IpRange addIpRange(String accessControlListId, Consumer<IpRange.Builder> ipRange) {
        IpRange.Builder builder = IpRange.builder();
        ipRange.accept(builder);
        return addIpRange(accessControlListId, builder.build());
    }

    /**
     * Lists a list's ranges (#25, {@code GET /accessControlLists/{id}/ipRanges}), lazily.
     *
     * @param accessControlListId the list id
     * @return the ranges; nothing is fetched until iteration starts
     * @throws EstValidationException if the id is null or blank
     */
    PagedIterable<IpRange> listIpRanges(String accessControlListId);

    /**
     * Replaces a range's writable fields (#26, {@code PUT /accessControlLists/{id}/ipRanges/{rangeId}}):
     * this is a full replacement, every writable field ({@code description}, {@code ipAddress},
     * {@code range}) is sent and a value left null is stored as null/default by the server.
     * Read-only fields are never sent.
     *
     * @param accessControlListId the list id
     * @param ipRangeId           the range id
     * @param ipRange             the complete new writable state
     * @return the updated range
     * @throws EstValidationException if an id is blank or the range breaks a builder rule
     * @throws NotFoundException      if the list or the range does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    IpRange updateIpRange(String accessControlListId, String ipRangeId, IpRange ipRange);

    /**
     * Deletes a range (#27, {@code DELETE /accessControlLists/{id}/ipRanges/{rangeId}}).
     *
     * @param accessControlListId the list id
     * @param ipRangeId           the range id
     * @throws EstValidationException if an id is null or blank
     * @throws NotFoundException      if the list or the range does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void deleteIpRange(String accessControlListId, String ipRangeId);
}
