package dev.estsdk.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.json.Json;
import java.util.List;

/**
 * Renders errors in the spec's flat {@code Error} shape:
 * {@code {"code":404,"status":"NO_RESOURCE_FOUND","message":"…","details":[{"type":"BadRequest",
 * "fieldViolations":[{"field":"…","description":"…"}]}]}}.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    /**
     * @param e the refusal
     * @return the error response
     */
    public static ApiResponse of(ApiException e) {
        return of(e.status(), e.code(), e.getMessage(), e.violations());
    }

    /**
     * @param status HTTP status
     * @param message human-readable message
     * @return the error response, with the status's {@linkplain ErrorCodes#forStatus(int) usual code}
     */
    public static ApiResponse of(int status, String message) {
        return of(status, ErrorCodes.forStatus(status), message, List.of());
    }

    /**
     * @param status HTTP status
     * @param code string error code
     * @param message human-readable message
     * @param violations field violations, possibly empty
     * @return the error response
     */
    public static ApiResponse of(int status, String code, String message, List<ApiException.FieldViolation> violations) {
        ObjectNode body = Json.object();
        body.put("code", status);
        body.put("status", code);
        body.put("message", message);
        ArrayNode details = body.putArray("details");
        if (!violations.isEmpty()) {
            ObjectNode badRequest = details.addObject();
            badRequest.put("type", "BadRequest");
            ArrayNode list = badRequest.putArray("fieldViolations");
            for (ApiException.FieldViolation v : violations) {
                list.addObject().put("field", v.field()).put("description", v.description());
            }
        }
        return ApiResponse.json(status, body);
    }
}
