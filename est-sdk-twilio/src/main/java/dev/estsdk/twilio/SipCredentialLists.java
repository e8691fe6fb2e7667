package dev.estsdk.twilio;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.CreateCredentialListRequest;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.UpdateCredentialListRequest;
import dev.estsdk.twilio.model.UpdateCredentialRequest;

import java.util.function.Consumer;

/**
 * The account's SIP credential lists and their digest credentials (2010 API, operations 35 to
 * 44, {@code /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists…}). A list admits
 * termination traffic by digest authentication once associated with a trunk through
 * {@link TrunkCredentialLists}. Credentials are added one per request; passwords are never
 * returned. At most 100 lists per account and 1,000 credentials per list.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. SIDs are checked before any
 * request; messages never contain a password.
 */
public interface SipCredentialLists {

    /**
     * Creates an empty list (#35).
     *
     * @param request the list's name
     * @return the created list
     * @throws EstServiceException for an error response
     * @throws EstClientException  if the call fails on the way
     */
    SipCredentialList create(CreateCredentialListRequest request);

    /**
     * Creates an empty list with a name (#35).
     *
     * @param friendlyName up to 64 characters
     * @return the created list
     * @throws EstValidationException if the name breaks a rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipCredentialList create(String friendlyName) {
        return create(CreateCredentialListRequest.of(friendlyName));
    }

    /**
     * Lists the account's credential lists (#36), lazily.
     *
     * @return the lists; nothing is fetched until iteration starts
     */
    PagedIterable<SipCredentialList> list();

    /**
     * Reads one list (#37).
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @return the list
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipCredentialList get(String credentialListSid);

    /**
     * Renames a list (#38). The name is the list's only writable field, so this update sends
     * exactly that one field; the credentials are untouched.
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @param request           the new name
     * @return the list after the change
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipCredentialList update(String credentialListSid, UpdateCredentialListRequest request);

    /**
     * Deletes a list and its credentials (#39). Remove it from every trunk first: what Twilio
     * does with a list that is still associated is not documented.
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String credentialListSid);

    /**
     * Adds a credential to a list (#40).
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @param request           the username and password
     * @return the created credential, without its password
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such list
     * @throws EstServiceException    if the username exists in the list or Twilio refuses the
     *                                password, or any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipCredential createCredential(String credentialListSid, CreateCredentialRequest request);

    /**
     * Adds a credential described on a fresh builder (#40).
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @param request           sets the username and password
     * @return the created credential
     * @throws EstValidationException if the SID is malformed or a field breaks a rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipCredential createCredential(String credentialListSid, Consumer<CreateCredentialRequest.Builder> request) {
        CreateCredentialRequest.Builder builder = CreateCredentialRequest.builder();
        request.accept(builder);
        return createCredential(credentialListSid, builder.build());
    }

    /**
     * Lists a list's credentials (#41), lazily; no passwords.
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @return the credentials; nothing is fetched until iteration starts
     * @throws EstValidationException if the SID is malformed
     */
    PagedIterable<SipCredential> listCredentials(String credentialListSid);

    /**
     * Reads one credential (#42), without its password.
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @param credentialSid     {@code CR} + 32 hex digits
     * @return the credential
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the list or the credential does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipCredential getCredential(String credentialListSid, String credentialSid);

    /**
     * Changes a credential's password (#43). The password is the only field Twilio lets a
     * caller change, so this update sends exactly that one field; the username stays.
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @param credentialSid     {@code CR} + 32 hex digits
     * @param request           the new password
     * @return the credential after the change
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the list or the credential does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipCredential updateCredential(String credentialListSid, String credentialSid, UpdateCredentialRequest request);

    /**
     * Deletes a credential (#44); it stops authenticating on every trunk using the list.
     *
     * @param credentialListSid {@code CL} + 32 hex digits
     * @param credentialSid     {@code CR} + 32 hex digits
     * @throws EstValidationException if a SID is malformed
     * @throws NotFoundException      if the list or the credential does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void deleteCredential(String credentialListSid, String credentialSid);
}
