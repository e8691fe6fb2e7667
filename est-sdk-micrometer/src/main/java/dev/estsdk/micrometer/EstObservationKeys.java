package dev.estsdk.micrometer;

/**
 * The names and low-cardinality keys of the default conventions. Every value is bounded: an
 * operation name, a method, a path template, a status, an outcome, a small count; never an
 * identifier, a concrete path, a token or a secret.
 */
public final class EstObservationKeys {

    /** Name of the observation of a whole call (timer {@code est.client.call}). */
    public static final String CALL_NAME = "est.client.call";
    /** Name of the observation of one HTTP attempt, a child of its call. */
    public static final String ATTEMPT_NAME = "est.client.attempt";

    /** The API, e.g. {@code sinch-est} or {@code twilio-trunking}. */
    public static final String SERVICE = "est.service";
    /** The carrier, e.g. {@code sinch} or {@code twilio}. */
    public static final String CARRIER = "est.carrier";
    /** The operation id of the API reference, e.g. {@code GetSipTrunkById}. */
    public static final String OPERATION = "est.operation";
    /** The HTTP method. */
    public static final String METHOD = "http.request.method";
    /** The path template with its placeholders, never the concrete path. */
    public static final String PATH_TEMPLATE = "url.template";
    /** The HTTP status of the (last) response, or {@value #NONE} when none arrived. */
    public static final String STATUS = "http.response.status_code";
    /** How the attempt, or the call's last attempt, ended: {@code SUCCESS}, {@code ERROR_STATUS}, ... */
    public static final String OUTCOME = "est.outcome";
    /** On a call: how many HTTP requests it sent. */
    public static final String ATTEMPTS = "est.attempts";
    /** On a call: how many of its requests were retries ({@code attempts - 1}). */
    public static final String RETRIES = "est.retries";
    /** On a call: the simple name of the exception handed to the caller, or {@value #NONE}. */
    public static final String ERROR = "error";
    /** On an attempt: its number within the call, starting at 1. */
    public static final String ATTEMPT = "est.attempt";
    /** On an attempt: whether the client tries again after it. */
    public static final String RETRYING = "est.retrying";

    /** The value of a key that does not apply, e.g. the status when no response arrived. */
    public static final String NONE = "none";
    /** The value of a key that is not known yet because the call or attempt has not ended. */
    public static final String UNKNOWN = "unknown";

    private EstObservationKeys() {
    }

    static String carrier(String service) {
        int dash = service.indexOf('-');
        return dash > 0 ? service.substring(0, dash) : service;
    }

    static String status(int status) {
        return status < 0 ? NONE : Integer.toString(status);
    }
}
