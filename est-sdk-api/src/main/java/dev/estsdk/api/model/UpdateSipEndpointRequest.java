package dev.estsdk.api.model;

import dev.estsdk.api.exception.EstValidationException;

import java.util.Objects;

/**
 * A full replacement of one endpoint's writable fields ({@code PUT}): an
 * {@link UpdateStaticEndpointRequest} or an {@link UpdateRegisteredEndpointRequest}. Every field
 * is sent, so start from the fetched endpoint ({@code endpoint.toUpdate()}) to keep what you do
 * not change. The request carries its target, so {@code update(request)} takes the ids once.
 *
 * <p>The reference does not say whether a {@code PUT} may turn a static endpoint into a
 * registered one; to change the kind, delete the endpoint and create the other kind.
 */
public sealed interface UpdateSipEndpointRequest permits UpdateStaticEndpointRequest, UpdateRegisteredEndpointRequest {

    /**
     * The update that gives an existing endpoint the fields a create request describes, of the
     * same kind: to bring an endpoint in line with a wanted state.
     * @param trunkId    the trunk the endpoint belongs to
     * @param endpointId the endpoint to change
     * @param fields     the wanted writable fields
     * @return the update request
     * @throws EstValidationException if an id breaks its rule
     * @throws NullPointerException   if fields is null
     */
    static UpdateSipEndpointRequest replacing(String trunkId, String endpointId, CreateSipEndpointRequest fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields instanceof CreateStaticEndpointRequest s) {
            return new UpdateStaticEndpointRequest(trunkId, endpointId, s.name(), s.address(), s.port(),
                    s.transport(), s.priority(), s.enabled());
        }
        CreateRegisteredEndpointRequest r = (CreateRegisteredEndpointRequest) fields;
        return new UpdateRegisteredEndpointRequest(trunkId, endpointId, r.name(), r.credentialUsername(),
                r.transport(), r.priority(), r.enabled());
    }

    /**
     * The trunk the endpoint belongs to.
     * @return an id as the API returned it
     */
    String trunkId();

    /**
     * The endpoint to change.
     * @return an id as the API returned it
     */
    String endpointId();

    /**
     * The friendly name.
     * @return see {@link CreateSipEndpointRequest#name()}
     */
    String name();

    /**
     * The SIP transport.
     * @return see {@link CreateSipEndpointRequest#transport()}
     */
    Transport transport();

    /**
     * The routing priority: <b>lower wins</b>.
     * @return see {@link CreateSipEndpointRequest#priority()}
     */
    int priority();

    /**
     * Whether the endpoint receives calls.
     * @return see {@link CreateSipEndpointRequest#enabled()}
     */
    boolean enabled();
}
