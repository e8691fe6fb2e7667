package dev.estsdk.api.exception;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Formats the one-line messages of the exception tree from {@link EstErrorDetails}. Messages
 * are built only from the details (which were redacted when built) and from text the SDK
 * writes itself, so they cannot carry a secret that was only ever held in a
 * {@link dev.estsdk.api.model.Secret}.
 */
final class ErrorMessages {

    /** Server text longer than this is cut: an HTML error page must not flood a log line. */
    private static final int MAX_SERVER_TEXT = 500;

    private ErrorMessages() {
    }

    /**
     * {@code HTTP 404 GET /v1/projects/p/trunks/t: SIP trunk not found (code=NO_RESOURCE_FOUND,
     * requestId=...)}. Field violations the server message already quotes are not repeated.
     */
    static String service(EstErrorDetails d) {
        StringBuilder sb = new StringBuilder("HTTP ").append(d.status());
        String request = request(d);
        if (!request.isEmpty()) {
            sb.append(' ').append(request);
        }
        String text = clean(d.serverMessage());
        sb.append(": ").append(text.isEmpty() ? reasonPhrase(d.status()) : text);
        List<String> facts = new ArrayList<>();
        if (d.errorCode() != null && !d.errorCode().isBlank()) {
            facts.add("code=" + clean(d.errorCode()));
        }
        d.retryAfter().ifPresent(wait -> facts.add("retryAfter=" + seconds(wait)));
        appendOutcome(sb, d, facts);
        List<String> violations = d.fieldViolations().stream()
                .map(v -> clean(v.toString()))
                .filter(v -> !text.contains(v))
                .toList();
        if (!violations.isEmpty()) {
            sb.append(" [").append(String.join("; ", violations)).append(']');
        }
        return sb.toString();
    }

    /** {@code POST /v1/projects/p/trunks: connection reset (requestId=..., outcome unknown: ...)}. */
    static String client(String description, EstErrorDetails d) {
        String request = request(d);
        StringBuilder sb = new StringBuilder(request.isEmpty() ? "" : request + ": ");
        sb.append(description == null || description.isBlank() ? "request failed" : clean(description));
        appendOutcome(sb, d, new ArrayList<>());
        return sb.toString();
    }

    /** {@code Invalid SipTrunk: hostName: must ...; name: must not be blank}. */
    static String validation(String subject, List<FieldViolation> violations) {
        return "Invalid " + subject + ": "
                + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
    }

    /** {@code METHOD path}, or what of it is known. */
    private static String request(EstErrorDetails d) {
        return ((d.method() == null ? "" : d.method()) + " " + (d.path() == null ? "" : d.path())).trim();
    }

    private static void appendOutcome(StringBuilder sb, EstErrorDetails d, List<String> facts) {
        if (d.attempts() > 1) {
            facts.add("attempts=" + d.attempts());
        }
        if (d.requestId() != null && !d.requestId().isBlank()) {
            facts.add("requestId=" + clean(d.requestId()));
        }
        if (d.serverRequestId() != null && !d.serverRequestId().isBlank()) {
            facts.add("serverRequestId=" + clean(d.serverRequestId()));
        }
        if (d.outcomeUnknown()) {
            facts.add("outcome unknown: the request may have reached the server");
        }
        if (!facts.isEmpty()) {
            sb.append(" (").append(String.join(", ", facts)).append(')');
        }
    }

    private static String seconds(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + "s" : wait.toMillis() + "ms";
    }

    /** One line, no control characters (no log forging), bounded length. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_SERVER_TEXT + 3));
        for (int i = 0; i < text.length() && sb.length() < MAX_SERVER_TEXT; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > MAX_SERVER_TEXT) {
            sb.append("...");
        }
        return sb.toString().trim();
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "no message in the response";
        };
    }
}
