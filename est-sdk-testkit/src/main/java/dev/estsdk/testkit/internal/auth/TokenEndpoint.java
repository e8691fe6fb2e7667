package dev.estsdk.testkit.internal.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.QueryParams;
import dev.estsdk.testkit.internal.json.Json;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /oauth2/token}: the client-credentials grant. The client authenticates with Basic
 * {@code keyId:keySecret} (or, as RFC 6749 also allows, {@code client_id}/{@code client_secret}
 * form fields) and gets {@code {"access_token","expires_in","scope","token_type":"bearer"}}.
 * Errors use the OAuth2 error shape ({@code {"error":"invalid_client",…}}).
 */
public final class TokenEndpoint {

    private final TokenService tokens;
    private final String keyId;
    private final String keySecret;

    /**
     * @param tokens issued tokens
     * @param keyId the access key id
     * @param keySecret the access key secret
     */
    public TokenEndpoint(TokenService tokens, String keyId, String keySecret) {
        this.tokens = tokens;
        this.keyId = keyId;
        this.keySecret = keySecret;
    }

    /**
     * @param request the token request
     * @return the token or an OAuth2 error
     */
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("POST")) {
            return error(405, "invalid_request", "use POST").withHeader("Allow", "POST");
        }
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return error(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
        }
        QueryParams form = QueryParams.parse(new String(request.body(), StandardCharsets.UTF_8));
        boolean basicOk = BasicCredentials.matches(request.header("Authorization"), keyId, keySecret);
        boolean formOk = keyId.equals(form.first("client_id")) && keySecret.equals(form.first("client_secret"));
        if (!basicOk && !formOk) {
            return error(401, "invalid_client", "Client authentication failed")
                    .withHeader("WWW-Authenticate", "Basic realm=\"auth\"");
        }
        if (!"client_credentials".equals(form.first("grant_type"))) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        TokenService.Issued issued = tokens.issue(keyId);
        ObjectNode body = Json.object();
        body.put("access_token", issued.value());
        body.put("expires_in", issued.ttl().toSeconds());
        body.put("scope", "");
        body.put("token_type", "bearer");
        return ApiResponse.json(200, body).withHeader("Cache-Control", "no-store");
    }

    /**
     * An injected failure of the token endpoint, in the OAuth2 error shape the real auth server
     * uses: 429 and 503 are {@code temporarily_unavailable}, other 5xx {@code server_error}, 401
     * {@code invalid_client}, other 4xx {@code invalid_request}.
     *
     * @param status the injected status
     * @return the error response
     */
    public static ApiResponse injectedFailure(int status) {
        String code;
        if (status == 429 || status == 503) {
            code = "temporarily_unavailable";
        } else if (status >= 500) {
            code = "server_error";
        } else if (status == 401) {
            code = "invalid_client";
        } else {
            code = "invalid_request";
        }
        return error(status, code, status == 429 ? "Too many requests" : "Injected failure");
    }

    private static ApiResponse error(int status, String code, String description) {
        ObjectNode body = Json.object().put("error", code).put("error_description", description);
        return ApiResponse.json(status, body);
    }
}
