package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.internal.SimulatorState;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.time.Instant;
import java.util.Map;

/**
 * What a handler gets: the request, its path parameters, the project (locked by the caller) and
 * the simulator.
 *
 * @param request the request
 * @param params path parameters by template name
 * @param project the project named in the path, locked for the handler's duration
 * @param sim the simulator
 */
public record OperationContext(ApiRequest request, Map<String, String> params, ProjectState project,
        SimulatorState sim) {

    /**
     * @param name a path parameter name from the operation's template
     * @return its decoded value
     */
    public String param(String name) {
        return params.get(name);
    }

    /** @return the request body as a JSON object reader */
    public JsonBody body() {
        return JsonBody.parseObject(request.body());
    }

    /** @return a fresh, strictly increasing change timestamp */
    public Instant stamp() {
        return sim.clock().stamp();
    }

    /** @return the simulator's current time */
    public Instant now() {
        return sim.clock().now();
    }

    /**
     * @param at the creation time
     * @return a new id
     */
    public String newId(Instant at) {
        return sim.ids().next(at);
    }
}
