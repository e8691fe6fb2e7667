package dev.estsdk.twilio;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.TrunkCredentialList;

/**
 * The credential list associated with trunks (Trunking v1, operations 17 to 20, {@code /v1/Trunks/{TrunkSid}/CredentialLists}).
 * An association has no SID of its own: it is addressed by the credential list's {@code CL} SID. One SID per
 * request; removing an association leaves the credential list itself in the account.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. SIDs are checked before any
 * request.
 */
public interface TrunkCredentialLists {

    /**
     * Associates one with a trunk ({@code POST}, form field {@code CredentialListSid}).
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param sid      {@code CL} + 32 hex digits, an existing one of the account
     * @return the association
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk, or the credential list in the account, does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    TrunkCredentialList add(String trunkSid, String sid);

    /**
     * Lists a trunk's associations, lazily.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @return the associations; nothing is fetched until iteration starts
     * @throws EstValidationException if the SID is malformed
     */
    PagedIterable<TrunkCredentialList> list(String trunkSid);

    /**
     * Reads one association.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param sid      {@code CL} + 32 hex digits
     * @return the association
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk does not exist or the credential list is not associated with it
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    TrunkCredentialList get(String trunkSid, String sid);

    /**
     * Removes an association ({@code DELETE}); the credential list itself stays in the account.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param sid      {@code CL} + 32 hex digits
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the trunk does not exist or the credential list is not associated with it
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void remove(String trunkSid, String sid);
}
