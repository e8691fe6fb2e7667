package dev.estsdk.twilio;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.CreateIpAccessControlListRequest;
import dev.estsdk.twilio.model.CreateIpAddressRequest;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.SipIpAddress;
import dev.estsdk.twilio.model.UpdateIpAccessControlListRequest;
import dev.estsdk.twilio.model.UpdateIpAddressRequest;

import java.util.function.Consumer;

/**
 * The account's SIP IP access control lists and their IPv4 entries (2010 API, operations 25 to
 * 34, {@code /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists…}). A list admits
 * termination traffic by source IP once associated with a trunk through
 * {@link TrunkIpAccessControlLists}; one list can serve several trunks, and a change to its
 * entries applies to all of them. At most 1,000 lists per account and 100 entries per list.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. SIDs are checked before any
 * request.
 */
public interface SipIpAccessControlLists {

    /**
     * Creates an empty list (#25).
     *
     * @param request the list's name
     * @return the created list
     * @throws EstServiceException for an error response
     * @throws EstClientException  if the call fails on the way
     */
    SipIpAccessControlList create(CreateIpAccessControlListRequest request);

    /**
     * Creates an empty list with a name (#25).
     *
     * @param friendlyName up to 255 characters
     * @return the created list
     * @throws EstValidationException if the name breaks a rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipIpAccessControlList create(String friendlyName) {
        return create(CreateIpAccessControlListRequest.of(friendlyName));
    }

    /**
     * Lists the account's IP access control lists (#26), lazily. Names are not unique: match by
     * name only after listing.
     *
     * @return the lists; nothing is fetched until iteration starts
     */
    PagedIterable<SipIpAccessControlList> list();

    /**
     * Reads one list (#27).
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @return the list
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipIpAccessControlList get(String ipAccessControlListSid);

    /**
     * Renames a list (#28). The name is the list's only writable field, so this update sends
     * exactly that one field; the entries are untouched.
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @param request                the new name
     * @return the list after the change
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipIpAccessControlList update(String ipAccessControlListSid, UpdateIpAccessControlListRequest request);

    /**
     * Deletes a list and its entries (#29). Remove it from every trunk first: what Twilio does
     * with a list that is still associated is not documented.
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String ipAccessControlListSid);

    /**
     * Adds an entry to a list (#30).
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @param request                the entry's fields
     * @return the created entry
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    if the list already holds 100 entries, or any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipIpAddress createIpAddress(String ipAccessControlListSid, CreateIpAddressRequest request);

    /**
     * Adds an entry described on a fresh builder (#30):
     * {@code createIpAddress(al, i -> i.friendlyName("HQ").cidr("203.0.113.0/28"))}.
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @param request                sets the entry's fields
     * @return the created entry
     * @throws EstValidationException if the SID is malformed or a field breaks a rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipIpAddress createIpAddress(String ipAccessControlListSid, Consumer<CreateIpAddressRequest.Builder> request) {
        CreateIpAddressRequest.Builder builder = CreateIpAddressRequest.builder();
        request.accept(builder);
        return createIpAddress(ipAccessControlListSid, builder.build());
    }

    /**
     * Lists a list's entries (#31), lazily.
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @return the entries; nothing is fetched until iteration starts
     * @throws EstValidationException if the SID is malformed
     */
    PagedIterable<SipIpAddress> listIpAddresses(String ipAccessControlListSid);

    /**
     * Reads one entry (#32).
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @param ipAddressSid           {@code IP} + 32 hex digits
     * @return the entry
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the list or the entry does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipIpAddress getIpAddress(String ipAccessControlListSid, String ipAddressSid);

    /**
     * Changes some fields of an entry (#33). This is a partial update: only the fields set on
     * the request are sent, and every other field keeps its stored value.
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @param ipAddressSid           {@code IP} + 32 hex digits
     * @param request                the fields to change
     * @return the entry after the change
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the list or the entry does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipIpAddress updateIpAddress(String ipAccessControlListSid, String ipAddressSid, UpdateIpAddressRequest request);

    /**
     * Deletes an entry (#34); it stops admitting traffic on every trunk using the list.
     *
     * @param ipAccessControlListSid {@code AL} + 32 hex digits
     * @param ipAddressSid           {@code IP} + 32 hex digits
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the list or the entry does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void deleteIpAddress(String ipAccessControlListSid, String ipAddressSid);
}
