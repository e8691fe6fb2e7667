package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.SimulatorState;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.ContentNegotiation;
import dev.estsdk.testkit.internal.http.RouteTable;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Routes an authenticated request under {@code /v1/projects/{projectId}} to the operation's
 * handler, holding the project's lock while it runs, and publishes the project's new
 * configuration to the SIP propagation log after every successful change.
 */
public final class ApiDispatcher {

    /**
     * Where a request goes.
     *
     * @param result the route lookup
     * @param projectId the project named in the path, or null
     */
    public record Resolution(RouteTable.Result result, String projectId) {
    }

    private final SimulatorState sim;
    private final RouteTable routes = new RouteTable();
    private final Map<EstOperation, Handler> handlers = new EnumMap<>(EstOperation.class);

    /** @param sim the simulator */
    public ApiDispatcher(SimulatorState sim) {
        this.sim = sim;
        TrunkHandlers.register(handlers);
        TrunkLinkHandlers.register(handlers);
        EndpointHandlers.register(handlers);
        AclHandlers.register(handlers);
        IpRangeHandlers.register(handlers);
        CredentialListHandlers.register(handlers);
        PhoneNumberHandlers.register(handlers);
        CountryPermissionHandlers.register(handlers);
        CallHandlers.register(handlers);
        BlockingRuleHandlers.register(handlers);
        ProjectHandlers.register(handlers);
    }

    /**
     * @param request a request
     * @return its operation, or why there is none
     */
    public Resolution resolve(ApiRequest request) {
        List<String> s = request.segments();
        if (s.size() < 4 || !s.get(0).equals("v1") || !s.get(1).equals("projects") || s.get(2).isEmpty()) {
            return new Resolution(new RouteTable.NotFound(), null);
        }
        return new Resolution(routes.resolve(request.method(), s.subList(3, s.size())), s.get(2));
    }

    /**
     * @param request the request
     * @param found its operation and path parameters
     * @param projectId the project named in the path
     * @return the response
     * @throws ApiException when the request is refused
     */
    public ApiResponse dispatch(ApiRequest request, RouteTable.Found found, String projectId) {
        ProjectState project = sim.project(projectId);
        if (project == null) {
            throw new ApiException(403, "The access key has no access to project " + projectId
                    + ", or EST is not enabled on it");
        }
        ContentNegotiation.check(request, found.operation());
        Handler handler = handlers.get(found.operation());
        return sim.locked(project, p -> {
            ApiResponse response = handler.handle(new OperationContext(request, found.params(), p, sim));
            if (found.operation().isMutation() && response.status() < 300) {
                p.publish(sim.clock().now());
            }
            return response;
        });
    }
}
