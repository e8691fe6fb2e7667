package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.json.Json;

/** Twilio's response shapes: JSON bodies and the error envelope. */
public final class TwilioResponses {

    /** Where Twilio's error pages live; {@code more_info} is this plus the code. */
    public static final String MORE_INFO = "https://www.twilio.com/docs/errors/";

    private TwilioResponses() {
    }

    /**
     * @param e the refusal
     * @return its envelope, e.g. {@code {"code":20404,"message":"…","more_info":"…/20404","status":404}}
     */
    public static ApiResponse error(TwilioError e) {
        return error(e.status(), e.code(), e.getMessage());
    }

    /**
     * @param status the HTTP status
     * @param code the Twilio code
     * @param message the message
     * @return the envelope
     */
    public static ApiResponse error(int status, int code, String message) {
        ObjectNode o = Json.object();
        o.put("code", code);
        o.put("message", message);
        o.put("more_info", MORE_INFO + code);
        o.put("status", status);
        return ApiResponse.json(status, o);
    }

    /**
     * @param status the HTTP status
     * @param body the body
     * @return a JSON response
     */
    public static ApiResponse json(int status, JsonNode body) {
        return ApiResponse.json(status, body);
    }
}
