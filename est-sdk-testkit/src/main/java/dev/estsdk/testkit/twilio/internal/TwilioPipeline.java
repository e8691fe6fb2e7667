package dev.estsdk.testkit.twilio.internal;

import dev.estsdk.testkit.internal.RequestPipeline;
import dev.estsdk.testkit.internal.fault.FaultInjector;
import dev.estsdk.testkit.internal.fault.FaultOutcome;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything between a received request and the answer for the Twilio simulator: control paths,
 * routing (404/405), fault injection, HTTP Basic authentication (Account SID + Auth Token, or API
 * key SID + secret; 401 / 20003 otherwise) and the operation, all under the account lock. Every
 * answer carries a {@code Twilio-Request-Id} ({@code RQ} + 32 hex digits), as Twilio sends one.
 * Faults are decided after routing and before authentication, as in the Sinch simulator.
 */
public final class TwilioPipeline implements Function<ApiRequest, RequestPipeline.Outcome> {

    /** The response header carrying the request id. */
    public static final String REQUEST_ID = "Twilio-Request-Id";

    private static final String CONTROL_PREFIX = "/_simulator/";

    private final TwilioState state;
    private final FaultInjector faults;
    private final TwilioControl control;
    private final Paging paging;
    private final Supplier<String> baseUrl;
    private final Sids requestIds = new Sids();

    /**
     * @param state the account
     * @param faults armed faults
     * @param control the simulator's own endpoints
     * @param paging the page-token registry
     * @param baseUrl the simulator's base URL, once it listens
     */
    public TwilioPipeline(TwilioState state, FaultInjector faults, TwilioControl control, Paging paging,
            Supplier<String> baseUrl) {
        this.state = state;
        this.faults = faults;
        this.control = control;
        this.paging = paging;
        this.baseUrl = baseUrl;
    }

    @Override
    public RequestPipeline.Outcome apply(ApiRequest request) {
        RequestPipeline.Outcome outcome = handle(request);
        ApiResponse r = outcome.response() == null ? null
                : outcome.response().withHeader(REQUEST_ID, requestIds.next("RQ"));
        return new RequestPipeline.Outcome(r, outcome.delay(), outcome.fault(), outcome.injected());
    }

    private RequestPipeline.Outcome handle(ApiRequest request) {
        try {
            if (request.path().startsWith(CONTROL_PREFIX)) {
                return new RequestPipeline.Outcome(control.handle(request), null, null);
            }
            TwilioRouter.Match match = TwilioRouter.match(request.method(), request.segments());
            FaultInjector.Decision decision = faults.decide(match.operation());
            Optional<FaultOutcome> fault = decision.outcome();
            if (fault.isPresent()) {
                FaultOutcome f = fault.get();
                return new RequestPipeline.Outcome(faultResponse(f), decision.latency(), f.networkFault(),
                        f.networkFault() != null ? f.networkFault().name() : String.valueOf(f.status()));
            }
            return new RequestPipeline.Outcome(api(request, match), decision.latency(), null);
        } catch (TwilioError e) {
            return new RequestPipeline.Outcome(TwilioResponses.error(e), null, null);
        } catch (RuntimeException e) {
            return new RequestPipeline.Outcome(TwilioResponses.error(500, 20500, "Simulator failure: " + e), null, null);
        }
    }

    private ApiResponse api(ApiRequest request, TwilioRouter.Match match) {
        if (!authenticated(request.header("Authorization"))) {
            return TwilioResponses.error(401, TwilioError.AUTHENTICATE, "Authenticate")
                    .withHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
        }
        if (match.operation() == null) {
            if (!match.allowed().isEmpty()) {
                return TwilioResponses.error(405, TwilioError.METHOD_NOT_ALLOWED, "Method " + request.method()
                        + " is not allowed on " + request.path()).withHeader("Allow", String.join(", ", match.allowed()));
            }
            return TwilioResponses.error(TwilioError.notFound(request.path()));
        }
        Views views = new Views(baseUrl.get(), state.settings().accountSid());
        Call call = new Call(request, match.sids(), state, views, paging);
        return state.locked(() -> TwilioRouter.dispatch(match, call));
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String user = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        TwilioSettings s = state.settings();
        return (constantTimeEquals(user, s.accountSid()) && constantTimeEquals(secret, s.authToken()))
                || (s.apiKeySid() != null && constantTimeEquals(user, s.apiKeySid())
                        && constantTimeEquals(secret, s.apiKeySecret()));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiResponse faultResponse(FaultOutcome fault) {
        if (fault.networkFault() != null) {
            return ApiResponse.noContent();
        }
        int status = fault.status();
        ApiResponse response = status == 429
                ? TwilioResponses.error(429, TwilioError.TOO_MANY_REQUESTS, "Too many requests")
                : TwilioResponses.error(status, status, "Injected failure");
        if (fault.retryAfter() != null) {
            response = response.withHeader("Retry-After", String.valueOf(fault.retryAfter().toSeconds()));
        }
        return response;
    }
}
