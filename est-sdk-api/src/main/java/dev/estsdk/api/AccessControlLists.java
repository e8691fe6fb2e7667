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
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. Methods returning
 * {@link PagedIterable} fetch nothing until iteration starts.
 */
public interface AccessControlLists {

    /**
     * Creates a list with its ranges (#18, {@code POST /accessControlLists}); {@code enabled}
     * is always sent.
     *
     * @param request the name, enabled flag and at least one IP range
     * @return the created list, with server ids for the list and every range
     * @throws NullPointerException if request is null
     * @throws BadRequestException  if the server rejects the body
     * @throws EstServiceException  for any other error response
     * @throws EstClientException   if the call fails on the way
     */
    AccessControlList create(CreateAccessControlListRequest request);

    /**
     * Creates a list described on a fresh {@link CreateAccessControlListRequest.Builder} (#18):
     * {@code create(a -> a.name("HQ SBC").ipRange("203.0.113.10", 32))}.
     *
     * @param request sets the request's fields
     * @return the created list
     * @throws EstValidationException if the request breaks a rule (checked before any request)
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default AccessControlList create(Consumer<CreateAccessControlListRequest.Builder> request) {
        CreateAccessControlListRequest.Builder builder = CreateAccessControlListRequest.builder();
        request.accept(builder);
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
     * is sent. Start from the fetched list's {@link AccessControlList#toUpdate()} so its ranges
     * are kept.
     *
     * @param request the list to replace and its complete new writable state
     * @return the updated list
     * @throws NullPointerException if request is null
     * @throws NotFoundException    if no list has the request's id
     * @throws EstServiceException  for any other error response
     * @throws EstClientException   if the call fails on the way
     */
    AccessControlList update(UpdateAccessControlListRequest request);

    /**
     * Sends a full replacement made of a fetched list's writable values with some changed (#21):
     * {@code update(acl, a -> a.enabled(false))}.
     *
     * @param accessControlList the list as read from the server
     * @param change            edits a builder holding the list's current name, flag and ranges
     * @return the updated list
     * @throws EstValidationException if the changed values break a rule (checked before any request)
     * @throws NotFoundException      if the list no longer exists
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default AccessControlList update(AccessControlList accessControlList,
                                     Consumer<UpdateAccessControlListRequest.Builder> change) {
        UpdateAccessControlListRequest.Builder builder = accessControlList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

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
     * @throws EstValidationException if the id is blank or not an id as the API returns it
     * @throws NullPointerException   if ipRange is null
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    IpRange addIpRange(String accessControlListId, NewIpRange ipRange);

    /**
     * Adds a range described on a fresh {@link NewIpRange.Builder} (#24):
     * {@code addIpRange(aclId, r -> r.ipAddress("198.51.100.0").range(24).description("DR site"))}.
     *
     * @param accessControlListId the list id
     * @param ipRange             sets the range's fields
     * @return the created range
     * @throws EstValidationException if the id is blank or the range breaks a rule
     * @throws NotFoundException      if no list has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default IpRange addIpRange(String accessControlListId, Consumer<NewIpRange.Builder> ipRange) {
        NewIpRange.Builder builder = NewIpRange.builder();
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
     * {@code range}) is sent. Start from the fetched range's {@link IpRange#toUpdate()}.
     *
     * @param request the list and range ids and the range's complete new writable state
     * @return the updated range
     * @throws NullPointerException if request is null
     * @throws NotFoundException    if the list or the range does not exist
     * @throws EstServiceException  for any other error response
     * @throws EstClientException   if the call fails on the way
     */
    IpRange updateIpRange(UpdateIpRangeRequest request);

    /**
     * Sends a full replacement made of a fetched range's writable values with some changed (#26):
     * {@code updateIpRange(range, r -> r.description("DR site"))}.
     *
     * @param ipRange the range as read from the server, with its list id
     * @param change  edits a builder holding the range's current values
     * @return the updated range
     * @throws EstValidationException if the changed values or the ids break a rule (checked before any request)
     * @throws NotFoundException      if the list or the range no longer exists
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default IpRange updateIpRange(IpRange ipRange, Consumer<UpdateIpRangeRequest.Builder> change) {
        UpdateIpRangeRequest.Builder builder = ipRange.toUpdate();
        change.accept(builder);
        return updateIpRange(builder.build());
    }

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
