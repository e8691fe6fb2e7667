package dev.estsdk.testkit.internal.auth;

import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.ErrorResponses;
import java.util.Optional;

/**
 * Checks the {@code Authorization} of an API call: a bearer token issued by the token endpoint
 * and not expired, or Basic with the access key. Failures are 401 with a {@code WWW-Authenticate}
 * header; an expired token's header contains {@code expired}, which is what clients key their
 * refresh on.
 */
public final class Authenticator {

    private final TokenService tokens;
    private final String keyId;
    private final String keySecret;

    /**
     * @param tokens issued tokens
     * @param keyId the access key id
     * @param keySecret the access key secret
     */
    public Authenticator(TokenService tokens, String keyId, String keySecret) {
        this.tokens = tokens;
        this.keyId = keyId;
        this.keySecret = keySecret;
    }

    /**
     * @param request the API request
     * @return empty when authenticated, else the 401 to send
     */
    public Optional<ApiResponse> check(ApiRequest request) {
        String auth = request.header("Authorization");
        if (auth == null || auth.isBlank()) {
            return Optional.of(unauthorized("Full authentication is required to access this resource",
                    "Bearer realm=\"elastic-trunking\""));
        }
        if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return switch (tokens.check(auth.substring(7).trim())) {
                case VALID -> Optional.empty();
                case EXPIRED -> Optional.of(unauthorized("Access token expired",
                        "Bearer error=\"invalid_token\", error_description=\"token expired\""));
                case UNKNOWN -> Optional.of(unauthorized("Access token invalid",
                        "Bearer error=\"invalid_token\", error_description=\"token invalid\""));
            };
        }
        if (BasicCredentials.matches(auth, keyId, keySecret)) {
            return Optional.empty();
        }
        return Optional.of(unauthorized("Invalid key id or key secret", "Basic realm=\"elastic-trunking\""));
    }

    private static ApiResponse unauthorized(String message, String challenge) {
        return ErrorResponses.of(401, message)
                .withHeader("WWW-Authenticate", challenge);
    }
}
