package dev.estsdk.api;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.ConflictException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.SipTrunk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * SIP trunks and their links to access control lists and credential lists
 * (operations 1 to 12 of the EST reference).
 *
 * <p>Each trunk has its own SIP domain, {@link SipTrunk#domain()} ({@code {hostName}.pstn.sinch.com});
 * SIP traffic must target it, never the generic {@code trunk.pstn.sinch.com}.
 *
 * <p>Outbound calls need an access control list (source IP) or a credential list (SIP digest)
 * linked to the trunk. Link changes take about 60 seconds to reach the SIP edge: wait before
 * testing calls or registrations.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way (I/O, timeout, undecodable
 * response). Methods returning {@link PagedIterable} fetch nothing until iteration starts; their
 * server errors surface from the iterator.
 */
public interface SipTrunks {

    /**
     * Creates a trunk (#1, {@code POST /trunks}). The server fills in the id, the domain
     * {@code {hostName}.pstn.sinch.com}, the calls-per-second limit (1) and the times.
     *
     * @param trunk the writable fields; read-only fields are not sent
     * @return the created trunk, with its {@link SipTrunk#domain()}
     * @throws EstValidationException if the trunk breaks a builder rule, or asks for a
     *                                calls-per-second limit above 1, which the API cannot set
     *                                (checked before any request)
     * @throws ConflictException      if another trunk already uses the host name (reported as
     *                                {@link BadRequestException} by some deployments)
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipTrunk create(SipTrunk trunk);

    /**
     * Creates a trunk described on a fresh {@link SipTrunk.Builder} (#1):
     * {@code create(t -> t.name("Acme").hostName("acme"))}.
     *
     * @param trunk sets the trunk's fields
     * @return the created trunk
     * @throws EstValidationException if the trunk breaks a builder rule (checked before any request)
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipTrunk create(Consumer<SipTrunk.Builder> trunk) {
        SipTrunk.Builder builder = SipTrunk.builder();
        trunk.accept(builder);
        return create(builder.build());
    }

    /**
     * Lists the project's trunks (#2, {@code GET /trunks}), lazily.
     *
     * @return the trunks; nothing is fetched until iteration starts
     */
    PagedIterable<SipTrunk> list();

    /**
     * Finds the trunk with a SIP domain (#2, {@code GET /trunks?domain=...}): the way to tell
     * whether a host name is already taken in the project.
     *
     * @param domain the full domain, e.g. {@code acme.pstn.sinch.com}
     * @return the trunk, or empty when none has this domain
     * @throws EstValidationException if domain is null or blank
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    Optional<SipTrunk> findByDomain(String domain);

    /**
     * Reads one trunk (#3, {@code GET /trunks/{id}}).
     *
     * @param trunkId the trunk id
     * @return the trunk
     * @throws EstValidationException if trunkId is null or blank
     * @throws NotFoundException      if no trunk has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipTrunk get(String trunkId);

    /**
     * Replaces a trunk's writable fields (#4, {@code PUT /trunks/{id}}): this is a full
     * replacement, every writable field is sent and a value left null is stored as null/default
     * by the server. Read-only fields are never sent. Start from the fetched trunk:
     * {@code update(id, trunks.get(id).toBuilder().name("New name").build())}.
     *
     * @param trunkId the trunk id
     * @param trunk   the complete new writable state
     * @return the updated trunk
     * @throws EstValidationException if trunkId is blank or the trunk breaks a builder rule
     * @throws NotFoundException      if no trunk has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipTrunk update(String trunkId, SipTrunk trunk);

    /**
     * Deletes a trunk (#5, {@code DELETE /trunks/{id}}). Unassign its phone numbers first: the
     * server refuses to delete a trunk that still has numbers. Full teardown order: unassign
     * numbers, delete endpoints, unlink lists, delete the trunk.
     *
     * @param trunkId the trunk id
     * @throws EstValidationException if trunkId is null or blank
     * @throws BadRequestException    if phone numbers are still assigned to the trunk
     * @throws NotFoundException      if no trunk has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String trunkId);

    /**
     * Links access control lists to a trunk (#6, {@code POST /trunks/{id}/accessControlLists}).
     * Appends: links already present stay. Takes about 60 seconds to reach the SIP edge.
     *
     * @param trunkId               the trunk id
     * @param accessControlListIds the lists to link; at least one
     * @return the ids the server echoed (those of this request, not the trunk's whole set; use
     *         {@link #listAccessControlLists(String)} for that)
     * @throws EstValidationException if an id is null or blank, or none is given
     * @throws NotFoundException      if the trunk or a list does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    List<String> addAccessControlLists(String trunkId, Collection<String> accessControlListIds);

    /**
     * Lists the ids of the access control lists linked to a trunk (#7,
     * {@code GET /trunks/{id}/accessControlLists}), lazily.
     *
     * @param trunkId the trunk id
     * @return the list ids; nothing is fetched until iteration starts
     * @throws EstValidationException if trunkId is null or blank
     */
    PagedIterable<String> listAccessControlLists(String trunkId);

    /**
     * Unlinks one access control list from a trunk (#8,
     * {@code DELETE /trunks/{id}/accessControlLists/{aclId}}); the list itself stays.
     *
     * @param trunkId              the trunk id
     * @param accessControlListId the list to unlink
     * @throws EstValidationException if an id is null or blank
     * @throws NotFoundException      if the trunk or the link does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void removeAccessControlList(String trunkId, String accessControlListId);

    /**
     * Links credential lists to a trunk (#9, {@code POST /trunks/{id}/credentialLists}).
     * Appends: links already present stay. Registered endpoints need the list holding their
     * username linked here, or SIP REGISTER fails with 401. Takes about 60 seconds to reach the
     * SIP edge.
     *
     * @param trunkId           the trunk id
     * @param credentialListIds the lists to link; at least one
     * @return the ids the server echoed (those of this request, not the trunk's whole set)
     * @throws EstValidationException if an id is null or blank, or none is given
     * @throws NotFoundException      if the trunk or a list does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    List<String> addCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * Lists the ids of the credential lists linked to a trunk (#10,
     * {@code GET /trunks/{id}/credentialLists}), lazily. An empty result for a trunk with
     * registered endpoints explains a SIP 401 on REGISTER.
     *
     * @param trunkId the trunk id
     * @return the list ids; nothing is fetched until iteration starts
     * @throws EstValidationException if trunkId is null or blank
     */
    PagedIterable<String> listCredentialLists(String trunkId);

    /**
     * Replaces the whole set of credential lists linked to a trunk (#11,
     * {@code PUT /trunks/{id}/credentialLists}): lists not given are unlinked. An empty
     * collection unlinks all.
     *
     * @param trunkId           the trunk id
     * @param credentialListIds the complete new set
     * @return the linked ids as the server reports them
     * @throws EstValidationException if trunkId or an id is null or blank
     * @throws NotFoundException      if the trunk or a list does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    List<String> replaceCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * Unlinks one credential list from a trunk (#12,
     * {@code DELETE /trunks/{id}/credentialLists/{credentialListId}}); the list itself stays.
     *
     * @param trunkId          the trunk id
     * @param credentialListId the list to unlink
     * @throws EstValidationException if an id is null or blank
     * @throws NotFoundException      if the trunk or the link does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void removeCredentialList(String trunkId, String credentialListId);
}
