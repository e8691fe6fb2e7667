package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;

import java.util.function.Consumer;

/**
 * The endpoints of a trunk: where inbound calls are delivered (operations 13 to 17).
 *
 * <p><b>Priority: lower wins.</b> Calls go to the enabled endpoints with the lowest priority
 * value (1 = primary); equal values share calls round-robin; a higher value is a failover.
 * Inbound calls reach an endpoint only for phone numbers assigned to its trunk.
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. {@link #list(String)} fetches
 * nothing until iteration starts.
 */
public interface SipEndpoints {

    /**
     * Creates an endpoint on a trunk (#13, {@code POST /trunks/{id}/endpoints}): a
     * {@link StaticEndpoint} (address and port) or a {@link RegisteredEndpoint} (credential
     * username). For a registered endpoint see {@link #createRegistered(String, Consumer)}.
     *
     * @param trunkId  the trunk id
     * @param endpoint the writable fields; read-only fields are not sent
     * @return the created endpoint, of the same kind
     * @throws EstValidationException if trunkId is blank or the endpoint breaks a builder rule
     * @throws NotFoundException      if the trunk does not exist, or ({@code CREDENTIAL_NOT_FOUND})
     *                                no credential list of the project holds a registered
     *                                endpoint's username
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipEndpoint create(String trunkId, SipEndpoint endpoint);

    /**
     * Creates a static endpoint described on a fresh {@link StaticEndpoint.Builder} (#13):
     * {@code createStatic(trunkId, e -> e.name("sbc-1").address("203.0.113.10"))}. Defaults:
     * port 5060, UDP, priority 1, enabled.
     *
     * @param trunkId  the trunk id
     * @param endpoint sets the endpoint's fields
     * @return the created endpoint
     * @throws EstValidationException if trunkId is blank or the endpoint breaks a builder rule
     * @throws NotFoundException      if the trunk does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipEndpoint createStatic(String trunkId, Consumer<StaticEndpoint.Builder> endpoint) {
        StaticEndpoint.Builder builder = StaticEndpoint.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * Creates a registered endpoint described on a fresh {@link RegisteredEndpoint.Builder}
     * (#13): {@code createRegistered(trunkId, e -> e.name("desk-1").credentialUsername("alice"))}.
     *
     * <p><b>Trap:</b> the server accepts the endpoint as soon as any credential list of the
     * project holds the username, but the credential list holding the username must also be
     * linked to the trunk ({@link SipTrunks#addCredentialLists}) or REGISTER fails with SIP 401.
     *
     * @param trunkId  the trunk id
     * @param endpoint sets the endpoint's fields
     * @return the created endpoint
     * @throws EstValidationException if trunkId is blank or the endpoint breaks a builder rule
     * @throws NotFoundException      if the trunk does not exist, or ({@code CREDENTIAL_NOT_FOUND})
     *                                no credential list of the project holds the username
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    default SipEndpoint createRegistered(String trunkId, Consumer<RegisteredEndpoint.Builder> endpoint) {
        RegisteredEndpoint.Builder builder = RegisteredEndpoint.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * Lists a trunk's endpoints (#14, {@code GET /trunks/{id}/endpoints}), lazily.
     *
     * @param trunkId the trunk id
     * @return the endpoints, static and registered; nothing is fetched until iteration starts
     * @throws EstValidationException if trunkId is null or blank
     */
    PagedIterable<SipEndpoint> list(String trunkId);

    /**
     * Reads one endpoint (#15, {@code GET /trunks/{id}/endpoints/{endpointId}}).
     *
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     * @return the endpoint
     * @throws EstValidationException if an id is null or blank
     * @throws NotFoundException      if the trunk or the endpoint does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipEndpoint get(String trunkId, String endpointId);

    /**
     * Replaces an endpoint's writable fields (#16, {@code PUT /trunks/{id}/endpoints/{endpointId}}):
     * this is a full replacement, every writable field is sent and a value left null is stored
     * as null/default by the server. Read-only fields are never sent. Start from the fetched
     * endpoint's {@code toBuilder()}.
     *
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     * @param endpoint   the complete new writable state
     * @return the updated endpoint
     * @throws EstValidationException if an id is blank or the endpoint breaks a builder rule
     * @throws NotFoundException      if the trunk or the endpoint does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    SipEndpoint update(String trunkId, String endpointId, SipEndpoint endpoint);

    /**
     * Deletes an endpoint (#17, {@code DELETE /trunks/{id}/endpoints/{endpointId}}).
     *
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     * @throws EstValidationException if an id is null or blank
     * @throws NotFoundException      if the trunk or the endpoint does not exist
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String trunkId, String endpointId);
}
