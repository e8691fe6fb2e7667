package dev.estsdk.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.ResourceCounts;
import dev.estsdk.testkit.SipInvite;
import dev.estsdk.testkit.SipRegistration;
import dev.estsdk.testkit.SipResult;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.sip.SipEdge;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The simulator's own HTTP endpoints under {@code /_simulator} (no auth, no fault injection), for
 * users who drive it over HTTP (the standalone jar, other languages):
 * <ul>
 *   <li>{@code POST /_simulator/sip/invite} {@code {"direction","sourceIp","from","to","domain","username","password"}}</li>
 *   <li>{@code POST /_simulator/sip/register} {@code {"domain","username","password","expiresSeconds"}}</li>
 *   <li>{@code GET /_simulator/clock}, {@code POST /_simulator/clock/advance} {@code {"seconds":60}}</li>
 *   <li>{@code GET /_simulator/counts?projectId=…}</li>
 *   <li>{@code POST /_simulator/reset}</li>
 *   <li>{@code GET /_simulator/} the dashboard, and the JSON it reads (see {@link Dashboard})</li>
 * </ul>
 * SIP checks answer HTTP 200 with the SIP outcome in the body.
 */
public final class ControlEndpoints {

    private final SimulatorState sim;
    private final SipEdge edge;
    private final Runnable reset;
    private final Dashboard dashboard;

    /**
     * Control endpoints without the dashboard.
     *
     * @param sim the simulator
     * @param edge the SIP edge
     * @param reset what {@code POST /_simulator/reset} runs
     */
    public ControlEndpoints(SimulatorState sim, SipEdge edge, Runnable reset) {
        this(sim, edge, reset, null);
    }

    /**
     * @param sim the simulator
     * @param edge the SIP edge
     * @param reset what {@code POST /_simulator/reset} runs
     * @param dashboard the dashboard page and the JSON it reads, or null for none
     */
    public ControlEndpoints(SimulatorState sim, SipEdge edge, Runnable reset, Dashboard dashboard) {
        this.sim = sim;
        this.edge = edge;
        this.reset = reset;
        this.dashboard = dashboard;
    }

    /**
     * @param request a request under {@code /_simulator}
     * @return the response
     * @throws ApiException for bad input, unknown paths or methods
     */
    public ApiResponse handle(ApiRequest request) {
        String route = request.method() + " " + request.path();
        switch (route) {
            case "POST /_simulator/sip/invite":
                return sip(edge.invite(invite(JsonBody.parseObject(request.body()))));
            case "POST /_simulator/sip/register":
                return sip(edge.register(registration(JsonBody.parseObject(request.body()))));
            case "GET /_simulator/clock":
                return clock();
            case "POST /_simulator/clock/advance":
                Integer seconds = JsonBody.parseObject(request.body()).integer("seconds");
                if (seconds == null || seconds < 0) {
                    throw ApiException.badRequest("seconds: must be a non-negative integer");
                }
                sim.clock().advance(Duration.ofSeconds(seconds));
                return clock();
            case "GET /_simulator/counts":
                return counts(request.query().first("projectId"));
            case "POST /_simulator/reset":
                reset.run();
                return ApiResponse.noContent();
            default:
                ApiResponse page = dashboard == null ? null : dashboard.handle(request);
                if (page != null) {
                    return page;
                }
                throw new ApiException(404, "NO_RESOURCE_FOUND", "No simulator endpoint " + route, List.of());
        }
    }

    private static SipInvite invite(JsonBody b) {
        String direction = b.string("direction");
        try {
            return new SipInvite(direction == null ? SipInvite.Direction.OUTBOUND
                    : SipInvite.Direction.valueOf(direction.toUpperCase(Locale.ROOT)), b.string("sourceIp"),
                    b.string("from"), b.string("to"), b.string("domain"), b.string("username"), b.string("password"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage().startsWith("No enum")
                    ? "direction: must be OUTBOUND or INBOUND" : e.getMessage());
        }
    }

    private static SipRegistration registration(JsonBody b) {
        Integer expires = b.integer("expiresSeconds");
        try {
            return new SipRegistration(b.string("domain"), b.string("username"), b.string("password"),
                    expires == null ? null : Duration.ofSeconds(expires));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static ApiResponse sip(SipResult r) {
        ObjectNode o = Json.object();
        o.put("status", r.status());
        o.put("reason", r.reason());
        o.put("explanation", r.explanation());
        o.put("trunkId", r.trunkId());
        o.put("endpointId", r.endpointId());
        return ApiResponse.json(200, o);
    }

    private ApiResponse clock() {
        return ApiResponse.json(200, Json.object().put("now", sim.clock().now().toString()));
    }

    private ApiResponse counts(String projectId) {
        String id = projectId == null ? sim.settings().projectId() : projectId;
        ProjectState p = sim.project(id);
        if (p == null) {
            throw ApiException.notFound("Project", id);
        }
        ResourceCounts t = sim.locked(p, ProjectState::tally);
        ObjectNode o = Json.object();
        o.put("projectId", id);
        o.put("trunks", t.trunks());
        o.put("endpoints", t.endpoints());
        o.put("accessControlLists", t.accessControlLists());
        o.put("credentialLists", t.credentialLists());
        o.put("assignedNumbers", t.assignedNumbers());
        o.put("callBlockingRules", t.callBlockingRules());
        return ApiResponse.json(200, o);
    }
}
