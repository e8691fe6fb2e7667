package dev.estsdk.workflows;

import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.StaticEndpoint;
import dev.estsdk.api.model.UpdateSipEndpointRequest;

/**
 * Converts between the api's endpoint requests, which hold the rules, and the endpoint values
 * (without id, trunk or times) that plans and steps compare with what a carrier reports.
 */
final class WantedEndpoints {

    private WantedEndpoints() {
    }

    /** The endpoint a checked create request describes, with no server-owned field. */
    static SipEndpoint of(CreateSipEndpointRequest request) {
        if (request instanceof CreateStaticEndpointRequest s) {
            return new StaticEndpoint(null, null, s.name(), s.address(), s.port(), s.transport(), s.priority(),
                    s.enabled(), null, null, null);
        }
        CreateRegisteredEndpointRequest r = (CreateRegisteredEndpointRequest) request;
        return new RegisteredEndpoint(null, null, r.name(), r.credentialUsername(), r.transport(), r.priority(),
                r.enabled(), null, null, null);
    }

    /** The create request for a wanted endpoint; refuses one that breaks a rule. */
    static CreateSipEndpointRequest request(SipEndpoint wanted) {
        if (wanted instanceof StaticEndpoint s) {
            return new CreateStaticEndpointRequest(s.name(), s.address(), s.port(), s.transport(), s.priority(),
                    s.enabled());
        }
        RegisteredEndpoint r = (RegisteredEndpoint) wanted;
        return new CreateRegisteredEndpointRequest(r.name(), r.credentialUsername(), r.transport(), r.priority(),
                r.enabled());
    }

    /** The full replacement that gives endpoint {@code endpointId} the wanted fields. */
    static UpdateSipEndpointRequest update(String trunkId, String endpointId, SipEndpoint wanted) {
        return UpdateSipEndpointRequest.replacing(trunkId, endpointId, request(wanted));
    }

    /** The same endpoint with another transport. */
    static StaticEndpoint withTransport(StaticEndpoint s, dev.estsdk.api.model.Transport transport) {
        return new StaticEndpoint(s.id(), s.sipTrunkId(), s.name(), s.address(), s.port(), transport, s.priority(),
                s.enabled(), s.createTime(), s.updateTime(), s.projectId());
    }
}
