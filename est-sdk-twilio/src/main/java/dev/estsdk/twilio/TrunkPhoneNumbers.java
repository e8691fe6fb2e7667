package dev.estsdk.twilio;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.TrunkPhoneNumber;

/**
 * The phone number associated with trunks (Trunking v1, operations 21 to 24, {@code /v1/Trunks/{TrunkSid}/PhoneNumbers}).
 * An association has no SID of its own: it is addressed by the phone number's {@code PN} SID. One SID per
 * request; removing an association leaves the phone number in the account (still billed). A
 * number routes to one trunk at a time.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. SIDs are checked before any
 * request.
 */
public interface TrunkPhoneNumbers {

    /**
     * Associates one with a trunk ({@code POST}, form field {@code PhoneNumberSid}).
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param sid      {@code PN} + 32 hex digits, a number the account owns (look it up with
     *                 {@link IncomingPhoneNumbers#findByPhoneNumber(String)})
     * @return the association
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk, or the phone number in the account, does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    TrunkPhoneNumber add(String trunkSid, String sid);

    /**
     * Lists a trunk's associations, lazily.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @return the associations; nothing is fetched until iteration starts
     * @throws EstValidationException if the SID is malformed
     */
    PagedIterable<TrunkPhoneNumber> list(String trunkSid);

    /**
     * Reads one association.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param sid      {@code PN} + 32 hex digits
     * @return the association
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk does not exist or the phone number is not associated with it
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    TrunkPhoneNumber get(String trunkSid, String sid);

    /**
     * Removes an association ({@code DELETE}); the phone number itself stays in the account.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param sid      {@code PN} + 32 hex digits
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk does not exist or the phone number is not associated with it
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void remove(String trunkSid, String sid);
}
