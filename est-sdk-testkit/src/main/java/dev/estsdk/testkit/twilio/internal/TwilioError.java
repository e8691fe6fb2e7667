package dev.estsdk.testkit.twilio.internal;

/**
 * A refusal in Twilio's terms: the HTTP status and the Twilio error code of the JSON envelope
 * {@code {"code","message","more_info","status"}}. Thrown by handlers, rendered by
 * {@link TwilioResponses#error(TwilioError)}.
 */
public final class TwilioError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Authentication failed: wrong Account SID, Auth Token, API key or secret (401). */
    public static final int AUTHENTICATE = 20003;
    /** The resource does not exist, or a SID is malformed (404). */
    public static final int NOT_FOUND = 20404;
    /** A parameter is missing or invalid, or a limit is reached (400); Twilio publishes no finer code. */
    public static final int INVALID_PARAMETER = 20001;
    /** The method is not allowed on the resource (405). */
    public static final int METHOD_NOT_ALLOWED = 20004;
    /** Too many concurrent requests (429). */
    public static final int TOO_MANY_REQUESTS = 20429;
    /** The trunk domain name is taken, or was deleted less than the retention period ago (400). */
    public static final int DOMAIN_TAKEN = 21248;
    /** Trunk dependencies: a sub-domain without its parent, or a parent with sub-domains (400). */
    public static final int TRUNK_DEPENDENCIES = 21247;
    /** A PageToken the simulator did not issue (400). */
    public static final int INVALID_PAGE_TOKEN = 21481;

    private final int status;
    private final int code;

    /**
     * @param status the HTTP status
     * @param code the Twilio error code
     * @param message the message; never contains a secret
     */
    public TwilioError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the Twilio error code */
    public int code() {
        return code;
    }

    /**
     * @param path the request path
     * @return 404 / 20404 as Twilio words it
     */
    public static TwilioError notFound(String path) {
        return new TwilioError(404, NOT_FOUND, "The requested resource " + path + " was not found");
    }

    /**
     * @param message what is wrong, naming the parameter
     * @return 400 / 20001
     */
    public static TwilioError invalid(String message) {
        return new TwilioError(400, INVALID_PARAMETER, message);
    }

    /**
     * @param parameter the form parameter
     * @return 400 / 20001 "Missing required parameter … in the post body"
     */
    public static TwilioError missing(String parameter) {
        return invalid("Missing required parameter " + parameter + " in the post body");
    }
}
