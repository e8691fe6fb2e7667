package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.Ipv4;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Operations #13–#17: SIP endpoints. Static endpoints need {@code address} (defaults: port 5060,
 * transport UDP, enabled true); registered ones need {@code isRegistered: true} and a
 * {@code credentialUsername} found in some credential list of the project.
 */
final class EndpointHandlers {

    private static final Set<String> TRANSPORTS = Set.of("UDP", "TCP", "TLS");
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private record Input(String name, boolean registered, String address, int port, String username,
            String transport, int priority, boolean enabled) {
    }

    private EndpointHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.CREATE_SIP_ENDPOINT, EndpointHandlers::create);
        into.put(EstOperation.LIST_SIP_ENDPOINTS, EndpointHandlers::list);
        into.put(EstOperation.GET_SIP_ENDPOINT, ctx -> ApiResponse.json(200,
                JsonViews.endpoint(ctx.project().endpoint(ctx.param("sipTrunkId"), ctx.param("sipEndpointId")))));
        into.put(EstOperation.UPDATE_SIP_ENDPOINT, EndpointHandlers::update);
        into.put(EstOperation.DELETE_SIP_ENDPOINT, ctx -> {
            Endpoint e = ctx.project().endpoint(ctx.param("sipTrunkId"), ctx.param("sipEndpointId"));
            ctx.project().endpoints().remove(e.id());
            return ApiResponse.noContent();
        });
    }

    private static Input read(JsonBody b, ProjectState project) {
        Violations v = new Violations();
        String name = b.string("name");
        v.requireText("name", name);
        Integer priority = b.integer("priority");
        if (v.require("priority", priority) && priority < 1) {
            v.add("priority", "must be greater than or equal to 1");
        }
        Boolean enabled = b.bool("enabled");
        String transport = b.string("transport");
        transport = transport == null ? "UDP" : transport.toUpperCase(Locale.ROOT);
        if (!TRANSPORTS.contains(transport)) {
            v.add("transport", "must be one of UDP, TCP, TLS");
        }
        boolean registered = Boolean.TRUE.equals(b.bool("isRegistered"));
        String username = b.string("credentialUsername") != null ? b.string("credentialUsername")
                : b.string("credentialUserName");
        String address = null;
        int port = 0;
        if (registered) {
            v.requireText("credentialUsername", username);
        } else {
            address = b.string("address");
            if (v.requireText("address", address) && !Ipv4.isValid(address) && !HOST.matcher(address).matches()) {
                v.add("address", "must be an IPv4 address or a host name");
            }
            Integer p = b.integer("port");
            port = p == null ? 5060 : p;
            if (port < 1 || port > 65535) {
                v.add("port", "must be between 1 and 65535");
            }
        }
        v.throwIfAny();
        if (registered && project.credentialLists().values().stream()
                .noneMatch(cl -> cl.credential(username).isPresent())) {
            throw new ApiException(404, "CREDENTIAL_NOT_FOUND", "Credential with username '" + username
                    + "' not found in any credential list of project " + project.projectId(), List.of());
        }
        return new Input(name, registered, address, port, registered ? username : null, transport, priority,
                enabled == null || enabled);
    }

    private static Endpoint build(String id, Trunk trunk, Input in, Instant created, Instant updated) {
        return new Endpoint(id, trunk.projectId(), trunk.id(), in.name(), in.registered(), in.address(), in.port(),
                in.username(), in.transport(), in.priority(), in.enabled(), created, updated);
    }

    private static ApiResponse create(OperationContext ctx) {
        Trunk trunk = ctx.project().trunk(ctx.param("sipTrunkId"));
        Input in = read(ctx.body(), ctx.project());
        Instant at = ctx.stamp();
        Endpoint e = build(ctx.newId(at), trunk, in, at, null);
        ctx.project().endpoints().put(e.id(), e);
        return ApiResponse.json(201, JsonViews.endpoint(e));
    }

    private static ApiResponse list(OperationContext ctx) {
        Trunk trunk = ctx.project().trunk(ctx.param("sipTrunkId"));
        PageRequest page = PageRequest.from(ctx.request().query());
        return ApiResponse.json(200, page.envelope("endpoints", ctx.project().endpointsOf(trunk.id()),
                JsonViews::endpoint));
    }

    private static ApiResponse update(OperationContext ctx) {
        Endpoint old = ctx.project().endpoint(ctx.param("sipTrunkId"), ctx.param("sipEndpointId"));
        Input in = read(ctx.body(), ctx.project());
        Endpoint e = build(old.id(), ctx.project().trunk(old.trunkId()), in, old.createTime(), ctx.stamp());
        ctx.project().endpoints().put(e.id(), e);
        return ApiResponse.json(200, JsonViews.endpoint(e));
    }
}
