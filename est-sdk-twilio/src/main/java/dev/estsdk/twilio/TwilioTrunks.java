package dev.estsdk.twilio;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.twilio.model.CreateTrunkRequest;
import dev.estsdk.twilio.model.Recording;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.UpdateRecordingRequest;
import dev.estsdk.twilio.model.UpdateTrunkRequest;

import java.util.function.Consumer;

/**
 * Elastic SIP trunks and their recording setting (Trunking v1, operations 1 to 7 of the
 * reference). Trunks belong to the account whose credentials the client uses.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses (Twilio's
 * {@code code}, {@code message} and {@code more_info} included) and {@link EstClientException}
 * when the call fails on the way. SIDs are checked before any request. Methods returning
 * {@link PagedIterable} fetch nothing until iteration starts, then follow Twilio's
 * {@code next_page_url} links page by page.
 */
public interface TwilioTrunks {

    /**
     * Creates a trunk (#1, {@code POST /v1/Trunks}); only the fields set on the request are sent.
     *
     * @param request the trunk's fields
     * @return the created trunk
     * @throws EstServiceException with Twilio code 21248 if the domain name is taken (also for 30
     *                             days after its owner deleted it), 21247 if a dotted sub-domain's
     *                             parent domain does not exist in the account
     * @throws EstClientException  if the call fails on the way
     */
    Trunk create(CreateTrunkRequest request);

    /**
     * Creates a trunk described on a fresh builder (#1):
     * {@code create(t -> t.friendlyName("Acme").domainName("acme.pstn.twilio.com"))}.
     *
     * @param request sets the trunk's fields
     * @return the created trunk
     * @throws EstValidationException if a field breaks a rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default Trunk create(Consumer<CreateTrunkRequest.Builder> request) {
        CreateTrunkRequest.Builder builder = CreateTrunkRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * Lists the account's trunks (#2, {@code GET /v1/Trunks}), lazily.
     *
     * @return the trunks; nothing is fetched until iteration starts
     */
    PagedIterable<Trunk> list();

    /**
     * Reads one trunk (#3, {@code GET /v1/Trunks/{Sid}}).
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @return the trunk
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such trunk (Twilio code 20404)
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    Trunk get(String trunkSid);

    /**
     * Changes some fields of a trunk (#4, {@code POST /v1/Trunks/{Sid}}). This is a partial
     * update: only the fields set on the request are sent, and every other field keeps its
     * stored value; no read is needed first. Changing the domain name changes the termination
     * URI the PBX must send to.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param request  the fields to change
     * @return the trunk after the change
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such trunk
     * @throws EstServiceException    with code 21248 or 21247 for a domain name that is taken or
     *                                whose parent is missing, or any other error response
     * @throws EstClientException     if the call fails on the way
     */
    Trunk update(String trunkSid, UpdateTrunkRequest request);

    /**
     * Changes some fields of a trunk, described on a fresh builder (#4); a partial update as
     * {@link #update(String, UpdateTrunkRequest)}: fields left unset keep their stored values.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param request  sets the fields to change
     * @return the trunk after the change
     * @throws EstValidationException if the SID is malformed, a field breaks a rule or none is set
     * @throws NotFoundException      if the account has no such trunk
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default Trunk update(String trunkSid, Consumer<UpdateTrunkRequest.Builder> request) {
        UpdateTrunkRequest.Builder builder = UpdateTrunkRequest.builder();
        request.accept(builder);
        return update(trunkSid, builder.build());
    }

    /**
     * Deletes a trunk (#5, {@code DELETE /v1/Trunks/{Sid}}) with its origination URLs and its
     * associations. Its phone numbers are disassociated but stay in the account (and stay
     * billed); the account-level IP access control lists and credential lists remain. The domain
     * name stays reserved for up to 30 days.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such trunk
     * @throws EstServiceException    with code 21247 if the trunk's domain has sub-domains, or any
     *                                other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String trunkSid);

    /**
     * Reads a trunk's recording setting (#6, {@code GET /v1/Trunks/{TrunkSid}/Recording}).
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @return the recording setting
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such trunk
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    Recording getRecording(String trunkSid);

    /**
     * Changes a trunk's recording setting (#7, {@code POST /v1/Trunks/{TrunkSid}/Recording}).
     * This is a partial update: only the fields set on the request are sent, the other keeps its
     * stored value.
     *
     * @param trunkSid {@code TK} + 32 hex digits
     * @param request  the mode and/or trim to set
     * @return the recording setting after the change
     * @throws EstValidationException if the SID is malformed
     * @throws NotFoundException      if the account has no such trunk
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    Recording updateRecording(String trunkSid, UpdateRecordingRequest request);
}
