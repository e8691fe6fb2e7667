package dev.estsdk.api;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PasswordPolicy;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.UpdateCredentialListRequest;
import dev.estsdk.api.model.SipTrunk;

import java.util.function.Consumer;

/**
 * Credential lists: SIP digest users for registered endpoints and digest-authenticated outbound
 * calls (operations 28 to 35). Lists are project-level; they take effect once linked to a trunk
 * with {@link SipTrunks#addCredentialLists} (about 60 seconds to reach the SIP edge).
 *
 * <p>Passwords travel only as {@link Secret}s and are never returned by the server, printed or put
 * in an exception message. EST's policy: at least 12 characters with an upper-case letter, a
 * lower-case letter and a digit ({@link PasswordPolicy}).
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. An id that is null, blank or not a
 * path segment, or a request breaking a rule, throws {@link EstValidationException} before any
 * request; a null request or callback throws {@link NullPointerException}. Methods returning
 * {@link PagedIterable} fetch nothing until iteration starts.
 */
public interface CredentialLists {

    /**
     * Creates a list with its users and passwords (#28, {@code POST /credentialLists}).
     * @param request the name and at least one user
     * @return the created list, with server ids for every user (no passwords)
     * @throws BadRequestException if the server rejects it
     */
    CredentialList create(CreateCredentialListRequest request);

    /**
     * Creates a list described on a fresh builder (#28):
     * {@code create(r -> r.name("HQ phones").credential("alice", password))}.
     * @param request sets the request's fields
     * @return the created list
     */
    default CredentialList create(Consumer<CreateCredentialListRequest.Builder> request) {
        CreateCredentialListRequest.Builder builder = CreateCredentialListRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /** {@return the project's lists with their usernames (#29, {@code GET /credentialLists})} */
    PagedIterable<CredentialList> list();

    /**
     * Reads one list (#30, {@code GET /credentialLists/{id}}).
     * @param credentialListId the list id
     * @return the list with its usernames
     * @throws NotFoundException if no list has this id
     */
    CredentialList get(String credentialListId);

    /**
     * Replaces a list's writable fields, a full replacement (#31, {@code PUT /credentialLists/{id}}).
     * The only writable field is {@code name}; users are managed with {@link #updateCredential}
     * and {@link #deleteCredential}.
     * @param request the list to rename and its new name
     * @return the updated list
     * @throws NotFoundException if no list has the request's id
     */
    CredentialList update(UpdateCredentialListRequest request);

    /**
     * Sends a full replacement made of a fetched list's writable values with some changed (#31):
     * {@code update(list, l -> l.name("HQ desk phones"))}.
     * @param credentialList the list as read from the server
     * @param change         edits a builder holding the list's current name
     * @return the updated list
     * @throws NotFoundException if the list no longer exists
     */
    default CredentialList update(CredentialList credentialList, Consumer<UpdateCredentialListRequest.Builder> change) {
        UpdateCredentialListRequest.Builder builder = credentialList.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a list (#32, {@code DELETE /credentialLists/{id}}). Unlink it from every trunk and
     * delete or change the endpoints that use its usernames first: the server refuses otherwise.
     * @param credentialListId the list id
     * @throws BadRequestException if the list is still linked to a trunk or referenced by an
     *                             endpoint
     * @throws NotFoundException   if no list has this id
     */
    void delete(String credentialListId);

    /**
     * Lists the trunks a list is linked to (#33, {@code GET /credentialLists/{id}/trunks}).
     * @param credentialListId the list id
     * @return the trunks
     */
    PagedIterable<SipTrunk> listTrunks(String credentialListId);

    /**
     * Replaces a user's password (#34, {@code PUT /credentialLists/{id}/credentials/{username}}),
     * a full replacement of the credential's only writable field, sent as
     * {@code {"password": ...}}. EST does not document whether this creates a missing user;
     * create users with the list.
     * @param credentialListId the list id
     * @param username         the SIP username
     * @param password         the new password; must meet the {@link PasswordPolicy}
     * @return the user
     * @throws EstValidationException if the password is below the policy (the message never
     *                                contains it)
     * @throws NotFoundException      if the list or the user does not exist
     */
    Credential updateCredential(String credentialListId, String username, Secret password);

    /**
     * Deletes a user from a list (#35, {@code DELETE /credentialLists/{id}/credentials/{username}}).
     * @param credentialListId the list id
     * @param username         the SIP username
     * @throws NotFoundException if the list or the user does not exist
     */
    void deleteCredential(String credentialListId, String username);
}
