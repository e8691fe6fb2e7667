package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.E164;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Operations #1–#5: SIP trunks. */
final class TrunkHandlers {

    /** One DNS label: the host name becomes {@code {hostName}.pstn.sinch.com}. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private record Input(String name, String hostName, boolean enableCallerName, String callForwardNumber,
            boolean enableCallForward) {
    }

    private TrunkHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.CREATE_SIP_TRUNK, TrunkHandlers::create);
        into.put(EstOperation.LIST_SIP_TRUNKS, TrunkHandlers::list);
        into.put(EstOperation.GET_SIP_TRUNK, ctx -> ApiResponse.json(200,
                JsonViews.trunk(ctx.project().trunk(ctx.param("sipTrunkId")))));
        into.put(EstOperation.UPDATE_SIP_TRUNK, TrunkHandlers::update);
        into.put(EstOperation.DELETE_SIP_TRUNK, TrunkHandlers::delete);
    }

    /** Reads the writable fields; read-only ones in the body are ignored. */
    private static Input read(JsonBody b) {
        Violations v = new Violations();
        String name = b.string("name");
        v.requireText("name", name);
        String hostName = b.string("hostName");
        if (v.requireText("hostName", hostName) && !HOST_NAME.matcher(hostName).matches()) {
            v.add("hostName", "must be 1-63 characters of letters, digits and hyphens, not starting or ending with a hyphen");
        }
        Boolean callerName = b.bool("enableCallerName");
        String forwardNumber = b.string("callForwardNumber");
        if (forwardNumber != null && forwardNumber.isEmpty()) {
            forwardNumber = null;
        }
        if (forwardNumber != null && !E164.isValid(forwardNumber)) {
            v.add("callForwardNumber", "must be an E.164 number such as +15551234567");
        }
        boolean forward = Boolean.TRUE.equals(b.bool("enableCallForward"));
        if (forward && forwardNumber == null) {
            v.add("callForwardNumber", "must be set when enableCallForward is true");
        }
        v.throwIfAny();
        return new Input(name, hostName, Boolean.TRUE.equals(callerName), forwardNumber, forward);
    }

    private static void claim(OperationContext ctx, String hostName, String trunkId) {
        if (!ctx.sim().claimHostName(hostName, trunkId)) {
            Violations v = new Violations();
            v.add("hostName", "'" + hostName + "' is already in use");
            v.throwIfAny();
        }
    }

    private static ApiResponse create(OperationContext ctx) {
        Input in = read(ctx.body());
        Instant at = ctx.stamp();
        String id = ctx.newId(at);
        claim(ctx, in.hostName(), id);
        Trunk t = new Trunk(id, ctx.project().projectId(), in.name(), in.hostName(),
                ctx.sim().settings().sipDomainSuffix(), 1, in.enableCallerName(), in.callForwardNumber(),
                in.enableCallForward(), at, null);
        ctx.project().trunks().put(id, t);
        return ApiResponse.json(201, JsonViews.trunk(t));
    }

    private static ApiResponse list(OperationContext ctx) {
        PageRequest page = PageRequest.from(ctx.request().query());
        String domain = ctx.request().query().first("domain");
        List<Trunk> trunks = ctx.project().trunks().values().stream()
                .filter(t -> domain == null || t.domain().equalsIgnoreCase(domain))
                .toList();
        return ApiResponse.json(200, page.envelope("trunks", trunks, JsonViews::trunk));
    }

    private static ApiResponse update(OperationContext ctx) {
        Trunk old = ctx.project().trunk(ctx.param("sipTrunkId"));
        Input in = read(ctx.body());
        if (!old.hostName().equalsIgnoreCase(in.hostName())) {
            claim(ctx, in.hostName(), old.id());
            ctx.sim().releaseHostName(old.hostName());
        }
        Trunk t = new Trunk(old.id(), old.projectId(), in.name(), in.hostName(), old.topLevelDomain(),
                old.callsPerSecond(), in.enableCallerName(), in.callForwardNumber(), in.enableCallForward(),
                old.createTime(), ctx.stamp());
        ctx.project().trunks().put(t.id(), t);
        return ApiResponse.json(200, JsonViews.trunk(t));
    }

    private static ApiResponse delete(OperationContext ctx) {
        ProjectState p = ctx.project();
        Trunk t = p.trunk(ctx.param("sipTrunkId"));
        if (!p.numbersAssignedTo(t.id()).isEmpty()) {
            throw ApiException.badRequest("Cannot delete SIP Trunk " + t.id()
                    + " when there are phone numbers assigned. Unassign them first.");
        }
        p.endpointsOf(t.id()).forEach(e -> p.endpoints().remove(e.id()));
        p.dropLinks(t.id());
        p.trunks().remove(t.id());
        ctx.sim().releaseHostName(t.hostName());
        return ApiResponse.noContent();
    }
}
