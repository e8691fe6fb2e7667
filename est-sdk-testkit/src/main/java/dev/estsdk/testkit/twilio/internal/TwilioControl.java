package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.twilio.TwilioSipInvite;
import dev.estsdk.testkit.twilio.TwilioSipResult;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;

/**
 * The Twilio simulator's own endpoints under {@code /_simulator} (no auth, no faults), for the
 * standalone jar and other languages:
 * <ul>
 *   <li>{@code POST /_simulator/sip/invite} {@code {"direction","sourceIp","from","to","domain","transport",
 *       "username","password","unreachable":[…]}}</li>
 *   <li>{@code GET /_simulator/clock}, {@code POST /_simulator/clock/advance} {@code {"seconds":60}}</li>
 *   <li>{@code GET /_simulator/counts}</li>
 *   <li>{@code POST /_simulator/reset}</li>
 *   <li>{@code GET /_simulator/} the dashboard, and the JSON it reads (see {@link TwilioDashboard})</li>
 * </ul>
 */
public final class TwilioControl {

    private final TwilioState state;
    private final TwilioSipEdge edge;
    private final Runnable reset;
    private final TwilioDashboard dashboard;

    /**
     * @param state the account
     * @param edge the SIP edge
     * @param reset what {@code POST /_simulator/reset} runs
     * @param dashboard the dashboard page and the JSON it reads
     */
    public TwilioControl(TwilioState state, TwilioSipEdge edge, Runnable reset, TwilioDashboard dashboard) {
        this.state = state;
        this.edge = edge;
        this.reset = reset;
        this.dashboard = dashboard;
    }

    /**
     * @param request a request under {@code /_simulator}
     * @return the response
     * @throws TwilioError for bad input or an unknown endpoint
     */
    public ApiResponse handle(ApiRequest request) {
        String route = request.method() + " " + request.path();
        ApiResponse page = dashboard.handle(request);
        if (page != null) {
            return page;
        }
        try {
            switch (route) {
                case "POST /_simulator/sip/invite":
                    return sip(edge.invite(invite(JsonBody.parseObject(request.body()))));
                case "GET /_simulator/clock":
                    return clock();
                case "POST /_simulator/clock/advance":
                    Integer seconds = JsonBody.parseObject(request.body()).integer("seconds");
                    if (seconds == null || seconds < 0) {
                        throw TwilioError.invalid("seconds must be a non-negative integer");
                    }
                    state.clock().advance(Duration.ofSeconds(seconds));
                    return clock();
                case "GET /_simulator/counts":
                    return counts();
                case "POST /_simulator/reset":
                    reset.run();
                    return ApiResponse.noContent();
                default:
                    throw new TwilioError(404, TwilioError.NOT_FOUND, "No simulator endpoint " + route);
            }
        } catch (ApiException e) {
            throw TwilioError.invalid(e.getMessage());
        }
    }

    private static TwilioSipInvite invite(JsonBody b) {
        String direction = b.string("direction");
        try {
            return new TwilioSipInvite(direction == null ? TwilioSipInvite.Direction.TERMINATION
                    : TwilioSipInvite.Direction.valueOf(direction.toUpperCase(Locale.ROOT)), b.string("sourceIp"),
                    b.string("from"), b.string("to"), b.string("domain"), b.string("transport"), b.string("username"),
                    b.string("password"), b.has("unreachable") ? new HashSet<>(b.strings("unreachable")) : null);
        } catch (IllegalArgumentException e) {
            throw TwilioError.invalid(e.getMessage().startsWith("No enum")
                    ? "direction must be TERMINATION or ORIGINATION" : e.getMessage());
        }
    }

    private static ApiResponse sip(TwilioSipResult r) {
        ObjectNode o = Json.object();
        o.put("status", r.status());
        o.put("reason", r.reason());
        o.put("explanation", r.explanation());
        o.put("trunkSid", r.trunkSid());
        o.put("deliveredTo", r.deliveredTo());
        o.put("transport", r.transport());
        ArrayNode attempts = o.putArray("attempts");
        r.attempts().forEach(attempts::add);
        o.put("disasterRecovery", r.disasterRecovery());
        if (r.errorCode() == null) {
            o.putNull("errorCode");
        } else {
            o.put("errorCode", r.errorCode());
        }
        return ApiResponse.json(200, o);
    }

    private ApiResponse clock() {
        return ApiResponse.json(200, Json.object().put("now", state.clock().now().toString()));
    }

    private ApiResponse counts() {
        ObjectNode o = state.locked(() -> {
            ObjectNode n = Json.object();
            n.put("accountSid", state.settings().accountSid());
            n.put("trunks", state.trunks.size());
            n.put("originationUrls", state.trunks.values().stream().mapToInt(t -> t.originationUrls.size()).sum());
            n.put("ipAccessControlLists", state.acls.size());
            n.put("credentialLists", state.credentialLists.size());
            n.put("numbersOnTrunks", state.numbers.values().stream().filter(x -> x.trunkSid != null).count());
            n.put("ownedNumbers", state.numbers.size());
            return n;
        });
        return ApiResponse.json(200, o);
    }
}
