package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.UpdateRegisteredEndpointRequest;
import dev.estsdk.api.model.UpdateSipEndpointRequest;
import dev.estsdk.api.model.UpdateStaticEndpointRequest;

import java.util.function.Consumer;

/**
 * The endpoints of a trunk: where inbound calls are delivered (operations 13 to 17).
 *
 * <p><b>Priority: lower wins.</b> Calls go to the enabled endpoints with the lowest priority
 * value (1 = primary); equal values share calls round-robin; a higher value is a failover.
 * Inbound calls reach an endpoint only for phone numbers assigned to its trunk.
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. An id that is null, blank or not a
 * path segment, or a request breaking a rule, throws {@link EstValidationException} before any
 * request; a null request or callback throws {@link NullPointerException}.
 * {@link #list(String)} fetches nothing until iteration starts.
 */
public interface SipEndpoints {

    /**
     * Creates an endpoint on a trunk (#13, {@code POST /trunks/{id}/endpoints}): a
     * {@link CreateStaticEndpointRequest} (address and port) or a
     * {@link CreateRegisteredEndpointRequest} (credential username). For a registered endpoint see
     * the trap at {@link #createRegistered(String, Consumer)}.
     * @param trunkId the trunk id
     * @param request the endpoint's writable fields, checked when the request was built
     * @return the created endpoint, of the same kind
     * @throws NotFoundException if the trunk does not exist, or ({@code CREDENTIAL_NOT_FOUND}) no
     *                           credential list of the project holds a registered endpoint's
     *                           username
     */
    SipEndpoint create(String trunkId, CreateSipEndpointRequest request);

    /**
     * Creates a static endpoint described on a fresh builder (#13):
     * {@code createStatic(trunkId, e -> e.name("sbc-1").address("203.0.113.10"))}. Defaults:
     * port 5060, UDP, priority 1, enabled.
     * @param trunkId  the trunk id
     * @param endpoint sets the endpoint's fields
     * @return the created endpoint
     * @throws NotFoundException if the trunk does not exist
     */
    default SipEndpoint createStatic(String trunkId, Consumer<CreateStaticEndpointRequest.Builder> endpoint) {
        CreateStaticEndpointRequest.Builder builder = CreateStaticEndpointRequest.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * Creates a registered endpoint described on a fresh builder (#13):
     * {@code createRegistered(trunkId, e -> e.name("desk-1").credentialUsername("alice"))}.
     *
     * <p><b>Trap:</b> the server accepts the endpoint as soon as any credential list of the
     * project holds the username, but the credential list holding the username must also be
     * linked to the trunk ({@link SipTrunks#addCredentialLists}) or REGISTER fails with SIP 401.
     * @param trunkId  the trunk id
     * @param endpoint sets the endpoint's fields
     * @return the created endpoint
     * @throws NotFoundException if the trunk does not exist, or ({@code CREDENTIAL_NOT_FOUND}) no
     *                           credential list of the project holds the username
     */
    default SipEndpoint createRegistered(String trunkId, Consumer<CreateRegisteredEndpointRequest.Builder> endpoint) {
        CreateRegisteredEndpointRequest.Builder builder = CreateRegisteredEndpointRequest.builder();
        endpoint.accept(builder);
        return create(trunkId, builder.build());
    }

    /**
     * Lists a trunk's endpoints (#14, {@code GET /trunks/{id}/endpoints}).
     * @param trunkId the trunk id
     * @return the endpoints, static and registered
     */
    PagedIterable<SipEndpoint> list(String trunkId);

    /**
     * Reads one endpoint (#15, {@code GET /trunks/{id}/endpoints/{endpointId}}).
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     * @return the endpoint
     * @throws NotFoundException if the trunk or the endpoint does not exist
     */
    SipEndpoint get(String trunkId, String endpointId);

    /**
     * Replaces an endpoint's writable fields, a full replacement
     * (#16, {@code PUT /trunks/{id}/endpoints/{endpointId}}): every writable field is sent and
     * the endpoint keeps its kind. The request names the trunk and the endpoint; start from the
     * fetched endpoint's {@code toUpdate()}: {@code update(endpoint.toUpdate().port(5061).build())}.
     * @param request the target ids and the complete new writable state
     * @return the updated endpoint
     * @throws NotFoundException if the trunk or the endpoint does not exist
     */
    SipEndpoint update(UpdateSipEndpointRequest request);

    /**
     * Changes some fields of a fetched static endpoint and sends the full replacement (#16):
     * {@code update(endpoint, e -> e.port(5061))}. Whatever changed on the server since the
     * endpoint was read is overwritten with the fetched values.
     * @param endpoint the endpoint as read from the server
     * @param change   sets the fields to change on a builder holding the current values
     * @return the updated endpoint
     * @throws NotFoundException if the trunk or the endpoint does not exist
     */
    default SipEndpoint update(StaticEndpoint endpoint, Consumer<UpdateStaticEndpointRequest.Builder> change) {
        UpdateStaticEndpointRequest.Builder builder = endpoint.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Changes some fields of a fetched registered endpoint and sends the full replacement (#16):
     * {@code update(endpoint, e -> e.priority(2))}. Whatever changed on the server since the
     * endpoint was read is overwritten with the fetched values.
     * @param endpoint the endpoint as read from the server
     * @param change   sets the fields to change on a builder holding the current values
     * @return the updated endpoint
     * @throws NotFoundException if the trunk or the endpoint does not exist
     */
    default SipEndpoint update(RegisteredEndpoint endpoint, Consumer<UpdateRegisteredEndpointRequest.Builder> change) {
        UpdateRegisteredEndpointRequest.Builder builder = endpoint.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes an endpoint (#17, {@code DELETE /trunks/{id}/endpoints/{endpointId}}).
     * @param trunkId    the trunk id
     * @param endpointId the endpoint id
     * @throws NotFoundException if the trunk or the endpoint does not exist
     */
    void delete(String trunkId, String endpointId);
}
