package dev.estsdk.testkit.internal;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.api.ApiDispatcher;
import dev.estsdk.testkit.internal.auth.Authenticator;
import dev.estsdk.testkit.internal.auth.TokenEndpoint;
import dev.estsdk.testkit.internal.auth.TokenService;
import dev.estsdk.testkit.internal.fault.FaultInjector;
import dev.estsdk.testkit.internal.fault.FaultOutcome;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.ErrorResponses;
import dev.estsdk.testkit.internal.http.RouteTable;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything between a received request and the answer, independent of WireMock: simulator
 * control paths, routing (404/405), fault injection, the token endpoint, authentication and the
 * operation itself. Faults are decided after routing, so a request that matches no operation uses
 * none up, and before authentication, so a faulted request gets its fault whatever its
 * credentials. Refusals are rendered in the {@code Error} shape, except on the token endpoint,
 * which answers in the OAuth2 error shape.
 */
public final class RequestPipeline {

    /**
     * The answer to one request.
     *
     * @param response the response (ignored when {@code fault} is set)
     * @param delay delay before answering, or null
     * @param fault a network fault instead of a response, or null
     * @param injected what fault injection put in place of the real answer, or null
     */
    public record Outcome(ApiResponse response, Duration delay, Fault fault, String injected) {

        /**
         * An outcome no fault was injected into.
         *
         * @param response the response
         * @param delay delay before answering, or null
         * @param fault a network fault, or null
         */
        public Outcome(ApiResponse response, Duration delay, Fault fault) {
            this(response, delay, fault, null);
        }
    }

    private static final String TOKEN_PATH = "/oauth2/token";
    private static final String CONTROL_PREFIX = "/_simulator/";

    private final FaultInjector faults;
    private final Authenticator authenticator;
    private final TokenEndpoint tokenEndpoint;
    private final ApiDispatcher dispatcher;
    private final ControlEndpoints control;

    /**
     * @param sim the simulator
     * @param tokens the token service
     * @param faults armed faults
     * @param control the simulator's own endpoints
     */
    public RequestPipeline(SimulatorState sim, TokenService tokens, FaultInjector faults, ControlEndpoints control) {
        SimulatorSettings s = sim.settings();
        this.faults = faults;
        this.authenticator = new Authenticator(tokens, s.keyId(), s.keySecret());
        this.tokenEndpoint = new TokenEndpoint(tokens, s.keyId(), s.keySecret());
        this.dispatcher = new ApiDispatcher(sim);
        this.control = control;
    }

    /**
     * @param request a received request
     * @return what to answer
     */
    public Outcome handle(ApiRequest request) {
        try {
            if (request.path().startsWith(CONTROL_PREFIX)) {
                return new Outcome(control.handle(request), null, null);
            }
            boolean token = request.path().equals(TOKEN_PATH);
            ApiDispatcher.Resolution resolution = token ? null : dispatcher.resolve(request);
            EstOperation operation;
            if (token) {
                operation = request.method().equals("POST") ? EstOperation.ACCESS_TOKEN : null;
            } else {
                operation = resolution.result() instanceof RouteTable.Found f ? f.operation() : null;
            }
            FaultInjector.Decision decision = faults.decide(operation);
            Optional<FaultOutcome> fault = decision.outcome();
            if (fault.isPresent()) {
                FaultOutcome f = fault.get();
                return new Outcome(faultResponse(f, token), decision.latency(), f.networkFault(),
                        f.networkFault() != null ? f.networkFault().name() : String.valueOf(f.status()));
            }
            return new Outcome(token ? tokenEndpoint.handle(request) : api(request, resolution), decision.latency(),
                    null);
        } catch (ApiException e) {
            return new Outcome(ErrorResponses.of(e), null, null);
        } catch (RuntimeException e) {
            return new Outcome(ErrorResponses.of(500, "Simulator failure: " + e), null, null);
        }
    }

    private ApiResponse api(ApiRequest request, ApiDispatcher.Resolution resolution) {
        Optional<ApiResponse> unauthorized = authenticator.check(request);
        if (unauthorized.isPresent()) {
            return unauthorized.get();
        }
        try {
            RouteTable.Result result = resolution.result();
            if (result instanceof RouteTable.Found found) {
                return dispatcher.dispatch(request, found, resolution.projectId());
            }
            if (result instanceof RouteTable.MethodNotAllowed m) {
                return ErrorResponses.of(405, "Request method '" + request.method() + "' is not supported for "
                        + request.path()).withHeader("Allow", String.join(", ", m.allowed()));
            }
            return ErrorResponses.of(404, "No resource found at " + request.path());
        } catch (ApiException e) {
            return ErrorResponses.of(e);
        }
    }

    private static ApiResponse faultResponse(FaultOutcome fault, boolean token) {
        if (fault.networkFault() != null) {
            return ApiResponse.noContent();
        }
        int status = fault.status();
        ApiResponse response = token ? TokenEndpoint.injectedFailure(status)
                : ErrorResponses.of(status, status == 429 ? "Too many requests" : "Injected failure");
        if (fault.retryAfter() != null) {
            response = response.withHeader("Retry-After", String.valueOf(fault.retryAfter().toSeconds()));
        }
        return response;
    }
}
