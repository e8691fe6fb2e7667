package dev.estsdk.api;

import dev.estsdk.api.exception.BadRequestException;
import dev.estsdk.api.exception.ConflictException;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import dev.estsdk.api.model.UpdateSipTrunkRequest;

import java.util.Collection;
import java.util.List;
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
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way (I/O, timeout, undecodable
 * response). An id that is null, blank or not a path segment, or a request breaking a rule,
 * throws {@link EstValidationException} before any request; a null request, filter or callback
 * throws {@link NullPointerException}. Methods returning {@link PagedIterable} fetch nothing until
 * iteration starts; their errors surface from the iterator.
 */
public interface SipTrunks {

    /**
     * Creates a trunk (#1, {@code POST /trunks}). The server fills in the id, the domain
     * {@code {hostName}.pstn.sinch.com}, the calls-per-second limit (1) and the times.
     * @param request the new trunk's writable fields
     * @return the created trunk, with its {@link SipTrunk#domain()}
     * @throws ConflictException if another trunk already uses the host name (reported as
     *                           {@link BadRequestException} by some deployments)
     */
    SipTrunk create(CreateSipTrunkRequest request);

    /**
     * Creates a trunk described on a fresh builder (#1):
     * {@code create(t -> t.name("Acme").hostName("acme"))}.
     * @param request sets the new trunk's fields
     * @return the created trunk
     */
    default SipTrunk create(Consumer<CreateSipTrunkRequest.Builder> request) {
        CreateSipTrunkRequest.Builder builder = CreateSipTrunkRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /** {@return the project's trunks (#2, {@code GET /trunks})} */
    PagedIterable<SipTrunk> list();

    /**
     * Lists the trunks that match a filter (#2, {@code GET /trunks?domain=...}).
     * {@code list(SipTrunkFilter.byDomain(domain)).stream().findFirst()} tells whether a host name
     * is already taken in the project.
     * @param filter the conditions
     * @return the matching trunks
     */
    PagedIterable<SipTrunk> list(SipTrunkFilter filter);

    /**
     * Reads one trunk (#3, {@code GET /trunks/{id}}).
     * @param trunkId the trunk id
     * @return the trunk
     * @throws NotFoundException if no trunk has this id
     */
    SipTrunk get(String trunkId);

    /**
     * Replaces a trunk's writable fields, a full replacement (#4, {@code PUT /trunks/{id}}), so
     * start from the fetched trunk:
     * {@code update(trunks.get(id).toUpdate().name("New name").build())}.
     * @param request the trunk to change and its complete new writable state
     * @return the updated trunk
     * @throws NotFoundException if no trunk has the request's id
     */
    SipTrunk update(UpdateSipTrunkRequest request);

    /**
     * Sends a full replacement made of a fetched trunk's writable values with some changed (#4):
     * {@code update(trunk, t -> t.enableCallerName(true))}. Whatever changed on the server
     * since {@code trunk} was read is overwritten; {@code ResourceModifier} in est-sdk-workflows
     * re-reads instead.
     * @param trunk  the trunk as read from the server
     * @param change edits a builder holding the trunk's current writable values
     * @return the updated trunk
     * @throws NotFoundException if the trunk no longer exists
     */
    default SipTrunk update(SipTrunk trunk, Consumer<UpdateSipTrunkRequest.Builder> change) {
        UpdateSipTrunkRequest.Builder builder = trunk.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a trunk (#5, {@code DELETE /trunks/{id}}). Teardown order: unassign its phone
     * numbers (the server refuses to delete a trunk that has some), delete endpoints, unlink
     * lists, delete the trunk.
     * @param trunkId the trunk id
     * @throws BadRequestException if phone numbers are still assigned to the trunk
     * @throws NotFoundException   if no trunk has this id
     */
    void delete(String trunkId);

    /**
     * Links access control lists to a trunk (#6, {@code POST /trunks/{id}/accessControlLists}).
     * Appends: links already present stay. Takes about 60 seconds to reach the SIP edge.
     * @param trunkId              the trunk id
     * @param accessControlListIds the lists to link; at least one
     * @return the ids of this request as the server echoed them, not the trunk's whole set (see
     *         {@link #listAccessControlLists(String)})
     * @throws NotFoundException if the trunk or a list does not exist
     */
    List<String> addAccessControlLists(String trunkId, Collection<String> accessControlListIds);

    /**
     * Lists the ids of the access control lists linked to a trunk (#7,
     * {@code GET /trunks/{id}/accessControlLists}).
     * @param trunkId the trunk id
     * @return the list ids
     */
    PagedIterable<String> listAccessControlLists(String trunkId);

    /**
     * Unlinks one access control list from a trunk (#8,
     * {@code DELETE /trunks/{id}/accessControlLists/{aclId}}); the list itself stays.
     * @param trunkId             the trunk id
     * @param accessControlListId the list to unlink
     * @throws NotFoundException if the trunk or the link does not exist
     */
    void removeAccessControlList(String trunkId, String accessControlListId);

    /**
     * Links credential lists to a trunk (#9, {@code POST /trunks/{id}/credentialLists}).
     * Appends: links already present stay. Registered endpoints need the list holding their
     * username linked here, or SIP REGISTER fails with 401. Takes about 60 seconds to reach the
     * SIP edge.
     * @param trunkId           the trunk id
     * @param credentialListIds the lists to link; at least one
     * @return the ids of this request as the server echoed them, not the trunk's whole set
     * @throws NotFoundException if the trunk or a list does not exist
     */
    List<String> addCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * Lists the ids of the credential lists linked to a trunk (#10,
     * {@code GET /trunks/{id}/credentialLists}). An empty result for a trunk with registered
     * endpoints explains a SIP 401 on REGISTER.
     * @param trunkId the trunk id
     * @return the list ids
     */
    PagedIterable<String> listCredentialLists(String trunkId);

    /**
     * Replaces the whole set of credential lists linked to a trunk (#11,
     * {@code PUT /trunks/{id}/credentialLists}): lists not given are unlinked, an empty
     * collection unlinks all.
     * @param trunkId           the trunk id
     * @param credentialListIds the complete new set
     * @return the linked ids as the server reports them
     * @throws NotFoundException if the trunk or a list does not exist
     */
    List<String> replaceCredentialLists(String trunkId, Collection<String> credentialListIds);

    /**
     * Unlinks one credential list from a trunk (#12,
     * {@code DELETE /trunks/{id}/credentialLists/{credentialListId}}); the list itself stays.
     * @param trunkId          the trunk id
     * @param credentialListId the list to unlink
     * @throws NotFoundException if the trunk or the link does not exist
     */
    void removeCredentialList(String trunkId, String credentialListId);
}
