package dev.estsdk.api.model;

/**
 * What a caller sends to create an endpoint on a trunk: a {@link CreateStaticEndpointRequest}
 * (address and port) or a {@link CreateRegisteredEndpointRequest} (credential username). The
 * server chooses the id and the times; the trunk comes from the request path.
 *
 * <p><b>Priority: lower wins.</b> Inbound calls go to the enabled endpoints with the lowest
 * priority value first (1 = primary); equal values share calls round-robin.
 */
public sealed interface CreateSipEndpointRequest permits CreateStaticEndpointRequest, CreateRegisteredEndpointRequest {

    /**
     * {@return the friendly name: not blank, at most {@value FieldRules#MAX_TEXT_LENGTH}
     * characters, no control characters}
     */
    String name();

    /** {@return the SIP transport, UDP by default} */
    Transport transport();

    /** {@return the routing priority, at least 1, 1 by default: <b>lower wins</b>} */
    int priority();

    /** {@return whether the endpoint receives calls, true by default} */
    boolean enabled();
}
