package dev.estsdk.api.exception;

import org.jspecify.annotations.Nullable;

import dev.estsdk.api.model.Secret;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one failed call: the request (method, path, request id), the response if
 * there was one (status, error code, server message, field violations, {@code Retry-After}) and
 * how the call ended (attempts made, whether a write may have reached the server). Some carriers
 * also name the request themselves (a response header such as {@code Twilio-Request-Id}) and link
 * the error to its documentation; both are kept when present.
 *
 * <p>Every exception of the SDK carries one; implementations of the resource interfaces build it
 * with {@link #builder()} and hand it to the exception's constructor, or to
 * {@link EstServiceException#forStatus(EstErrorDetails)}. Instances are immutable.
 *
 * <p>Secrets: {@link Builder#redact(Collection)} replaces every occurrence of the given secrets in
 * the server message and the field violations with {@code ***} before the details are built, so
 * an error body that echoes a password can never reach an exception message or a log.
 */
public final class EstErrorDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What replaces a redacted secret. */
    static final String REDACTED = "***";

    /** The HTTP method, or null. */
    private final String method;
    /** The request path without query, or null. */
    private final String path;
    /** The request id, or null. */
    private final String requestId;
    /** The HTTP status, 0 without response. */
    private final int status;
    /** The server's error code, or null. */
    private final String errorCode;
    /** The server's message, redacted, or null. */
    private final String serverMessage;
    /** The server's field violations, redacted; never null. */
    private final List<FieldViolation> fieldViolations;
    /** The number of attempts, 0 when nothing was sent. */
    private final int attempts;
    /** Whether a write may have been applied. */
    private final boolean outcomeUnknown;
    /** The server's Retry-After, or null. */
    private final Duration retryAfter;
    /** The id the server gave the request, or null. */
    private final String serverRequestId;
    /** The server's link to the error's documentation, or null. */
    private final String moreInfo;

    private EstErrorDetails(Builder b, String errorCode, String serverMessage,
                            List<FieldViolation> fieldViolations) {
        this.method = b.method;
        this.path = b.path;
        this.requestId = b.requestId;
        this.status = b.status;
        this.errorCode = errorCode;
        this.serverMessage = serverMessage;
        this.fieldViolations = List.copyOf(fieldViolations);
        this.attempts = b.attempts;
        this.outcomeUnknown = b.outcomeUnknown;
        this.retryAfter = b.retryAfter;
        this.serverRequestId = b.serverRequestId;
        this.moreInfo = b.moreInfo;
    }

    /**
     * Starts empty details: no request, no response, one attempt.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these details, e.g. to raise the attempt count of a failure that
     * is reported after its last retry.
     *
     * @return a new builder with every value of this object
     */
    public Builder toBuilder() {
        return new Builder()
                .method(method)
                .path(path)
                .requestId(requestId)
                .status(status)
                .errorCode(errorCode)
                .serverMessage(serverMessage)
                .fieldViolations(fieldViolations)
                .attempts(attempts)
                .outcomeUnknown(outcomeUnknown)
                .retryAfter(retryAfter)
                .serverRequestId(serverRequestId)
                .moreInfo(moreInfo);
    }

    /**
     * The HTTP method of the failed call, e.g. {@code GET}.
     *
     * @return the method, or null when the failure happened before a request was formed
     */
    public @Nullable String method() {
        return method;
    }

    /**
     * The request path of the failed call, e.g. {@code /v1/projects/p/trunks/t}, without query.
     *
     * @return the path, or null when the failure happened before a request was formed
     */
    public @Nullable String path() {
        return path;
    }

    /**
     * The request id the SDK sent with every attempt of the call, to quote to support.
     *
     * @return the request id, or null when none was sent
     */
    public @Nullable String requestId() {
        return requestId;
    }

    /**
     * The HTTP status of the last response.
     *
     * @return the status, or 0 when no response was received
     */
    public int status() {
        return status;
    }

    /**
     * The server's error code, e.g. {@code NO_RESOURCE_FOUND} or {@code VALIDATION_FAILED}.
     *
     * @return the code, or null when the response carried none
     */
    public @Nullable String errorCode() {
        return errorCode;
    }

    /**
     * The server's human-readable message, with any redacted secret replaced by {@code ***}.
     *
     * @return the message, or null when the response carried none
     */
    public @Nullable String serverMessage() {
        return serverMessage;
    }

    /**
     * The field violations of the server's {@code BadRequest} detail.
     *
     * @return an unmodifiable list, empty when there were none; never null
     */
    public List<FieldViolation> fieldViolations() {
        return fieldViolations;
    }

    /**
     * How many HTTP attempts the call made, retries included.
     *
     * @return 0 when the call failed before sending anything, else at least 1
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether a write may have been applied by the server although the call failed, e.g. a
     * {@code POST} whose connection was reset after the request was sent. Check with a read
     * before repeating such a call.
     *
     * @return true when the outcome of the call is unknown
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * The wait the server asked for in {@code Retry-After}.
     *
     * @return the wait, or empty when the response carried none
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The id the server gave the request, from a response header the carrier documents (Twilio's
     * {@code Twilio-Request-Id}, for example); quote it to the carrier's support beside
     * {@link #requestId()}, which is the SDK's own.
     *
     * @return the server's request id, or null when the response carried none
     */
    public @Nullable String serverRequestId() {
        return serverRequestId;
    }

    /**
     * The server's link to the documentation of the error (Twilio's {@code more_info}).
     *
     * @return the URL as the server sent it, or null when the body carried none
     */
    public @Nullable String moreInfo() {
        return moreInfo;
    }

    /** Builds {@link EstErrorDetails}; every value is optional. */
    public static final class Builder {
        private String method;
        private String path;
        private String requestId;
        private int status;
        private String errorCode;
        private String serverMessage;
        private List<FieldViolation> fieldViolations = new ArrayList<>();
        private int attempts = 1;
        private boolean outcomeUnknown;
        private Duration retryAfter;
        private String serverRequestId;
        private String moreInfo;
        private final List<Secret> secrets = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the HTTP method.
         *
         * @param method e.g. {@code GET}
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the request path, without query string.
         *
         * @param path e.g. {@code /v1/projects/p/trunks/t}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the request id sent with the call.
         *
         * @param requestId the id, or null
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets the HTTP status of the last response.
         *
         * @param status the status, or 0 when there was no response
         * @return this builder
         * @throws IllegalArgumentException if the status is negative or above 999
         */
        public Builder status(int status) {
            if (status < 0 || status > 999) {
                throw new IllegalArgumentException("status must be 0 or an HTTP status, was " + status);
            }
            this.status = status;
            return this;
        }

        /**
         * Sets the server's error code.
         *
         * @param errorCode e.g. {@code NO_RESOURCE_FOUND}, or null
         * @return this builder
         */
        public Builder errorCode(@Nullable String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets the server's message.
         *
         * @param serverMessage the message, or null
         * @return this builder
         */
        public Builder serverMessage(@Nullable String serverMessage) {
            this.serverMessage = serverMessage;
            return this;
        }

        /**
         * Replaces the field violations.
         *
         * @param fieldViolations the violations; null means none
         * @return this builder
         */
        public Builder fieldViolations(@Nullable Collection<FieldViolation> fieldViolations) {
            this.fieldViolations = fieldViolations == null ? new ArrayList<>() : new ArrayList<>(fieldViolations);
            return this;
        }

        /**
         * Sets how many HTTP attempts the call made.
         *
         * @param attempts 0 when nothing was sent, else the number of attempts
         * @return this builder
         * @throws IllegalArgumentException if attempts is negative
         */
        public Builder attempts(int attempts) {
            if (attempts < 0) {
                throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
            }
            this.attempts = attempts;
            return this;
        }

        /**
         * Marks whether a write may have reached the server although the call failed.
         *
         * @param outcomeUnknown true when the outcome is unknown
         * @return this builder
         */
        public Builder outcomeUnknown(boolean outcomeUnknown) {
            this.outcomeUnknown = outcomeUnknown;
            return this;
        }

        /**
         * Sets the wait the server asked for in {@code Retry-After}.
         *
         * @param retryAfter the wait, or null when the response carried none
         * @return this builder
         * @throws IllegalArgumentException if the wait is negative
         */
        public Builder retryAfter(@Nullable Duration retryAfter) {
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
            }
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Sets the id the server gave the request (a response header such as
         * {@code Twilio-Request-Id}).
         *
         * @param serverRequestId the id, or null when the response carried none
         * @return this builder
         */
        public Builder serverRequestId(@Nullable String serverRequestId) {
            this.serverRequestId = serverRequestId;
            return this;
        }

        /**
         * Sets the server's link to the documentation of the error.
         *
         * @param moreInfo the URL as the server sent it, or null
         * @return this builder
         */
        public Builder moreInfo(@Nullable String moreInfo) {
            this.moreInfo = moreInfo;
            return this;
        }

        /**
         * Names secrets that must not survive into the details: every occurrence of their value
         * in the server message, the error code and the field violations is replaced with
         * {@code ***} when {@link #build()} runs. Pass the passwords of the request that failed.
         *
         * @param secrets the secrets sent with the request; null elements are ignored
         * @return this builder
         */
        public Builder redact(Collection<Secret> secrets) {
            if (secrets != null) {
                secrets.stream().filter(Objects::nonNull).forEach(this.secrets::add);
            }
            return this;
        }

        /**
         * Builds the details, applying {@link #redact(Collection)}.
         *
         * @return immutable details
         */
        public EstErrorDetails build() {
            List<FieldViolation> violations = fieldViolations.stream()
                    .map(v -> new FieldViolation(redacted(v.field()), redacted(v.description())))
                    .toList();
            return new EstErrorDetails(this, redacted(errorCode), redacted(serverMessage), violations);
        }

        private String redacted(String text) {
            if (text == null) {
                return null;
            }
            String result = text;
            for (Secret secret : secrets) {
                result = result.replace(secret.reveal(), REDACTED);
            }
            return result;
        }
    }
}
