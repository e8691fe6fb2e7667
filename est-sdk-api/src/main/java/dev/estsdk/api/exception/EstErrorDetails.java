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
 * there was one (status, error code, server message, field violations, {@code Retry-After},
 * and where the carrier gives them its own request id and documentation link) and how the call
 * ended (attempts made, whether a write may have reached the server). Every exception of the SDK
 * carries one. Instances are immutable.
 *
 * <p>{@link Builder#redact(Collection)} replaces every occurrence of the given secrets in the
 * server message, error code and field violations with {@code ***}, so an error body that echoes
 * a password never reaches an exception message or a log.
 */
public final class EstErrorDetails implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** {@return a builder of empty details: no request, no response, one attempt} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these details, e.g. to raise the attempt count} */
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

    /** {@return the HTTP method, e.g. {@code GET}; null when no request was formed} */
    public @Nullable String method() {
        return method;
    }

    /** {@return the request path without query; null when no request was formed} */
    public @Nullable String path() {
        return path;
    }

    /** {@return the request id sent with every attempt, to quote to support; null if none} */
    public @Nullable String requestId() {
        return requestId;
    }

    /** {@return the HTTP status of the last response; 0 when none was received} */
    public int status() {
        return status;
    }

    /** {@return the server's error code, e.g. {@code NO_RESOURCE_FOUND}; null if none} */
    public @Nullable String errorCode() {
        return errorCode;
    }

    /** {@return the server's message, secrets redacted; null if none} */
    public @Nullable String serverMessage() {
        return serverMessage;
    }

    /** {@return the field violations of the server's {@code BadRequest} detail} */
    public List<FieldViolation> fieldViolations() {
        return fieldViolations;
    }

    /** {@return how many HTTP attempts the call made, retries included; 0 if nothing was sent} */
    public int attempts() {
        return attempts;
    }

    /**
     * {@return whether a write may have been applied although the call failed} E.g. a {@code POST}
     * whose connection was reset after sending: read before repeating it.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** {@return the wait the server asked for in {@code Retry-After}, if any} */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * {@return the id the server gave the request, from a header such as Twilio's
     * {@code Twilio-Request-Id}; null when absent} Quote it to the carrier's support beside
     * {@link #requestId()}, the SDK's own.
     */
    public @Nullable String serverRequestId() {
        return serverRequestId;
    }

    /**
     * {@return the server's documentation link for the error (Twilio's {@code more_info}), or null}
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
         * @param method e.g. {@code GET}
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the request path, without query.
         * @param path e.g. {@code /v1/projects/p/trunks/t}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the request id sent with the call.
         * @param requestId the id, or null
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets the HTTP status of the last response.
         * @param status the status, or 0 without response
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
         * @param errorCode the code, or null
         * @return this builder
         */
        public Builder errorCode(@Nullable String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Sets the server's message.
         * @param serverMessage the message, or null
         * @return this builder
         */
        public Builder serverMessage(@Nullable String serverMessage) {
            this.serverMessage = serverMessage;
            return this;
        }

        /**
         * Replaces the field violations.
         * @param fieldViolations the violations; null means none
         * @return this builder
         */
        public Builder fieldViolations(@Nullable Collection<FieldViolation> fieldViolations) {
            this.fieldViolations = fieldViolations == null ? new ArrayList<>() : new ArrayList<>(fieldViolations);
            return this;
        }

        /**
         * Sets how many HTTP attempts the call made.
         * @param attempts 0 when nothing was sent
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
         * @param outcomeUnknown true when the outcome is unknown
         * @return this builder
         */
        public Builder outcomeUnknown(boolean outcomeUnknown) {
            this.outcomeUnknown = outcomeUnknown;
            return this;
        }

        /**
         * Sets the wait the server asked for in {@code Retry-After}.
         * @param retryAfter the wait, or null
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
         * Sets the id the server gave the request.
         * @param serverRequestId the id, or null
         * @return this builder
         */
        public Builder serverRequestId(@Nullable String serverRequestId) {
            this.serverRequestId = serverRequestId;
            return this;
        }

        /**
         * Sets the server's link to the error's documentation.
         * @param moreInfo the URL as sent, or null
         * @return this builder
         */
        public Builder moreInfo(@Nullable String moreInfo) {
            this.moreInfo = moreInfo;
            return this;
        }

        /**
         * Names secrets to replace with {@code ***} wherever they occur in the server message, the
         * error code and the field violations; pass the passwords of the failed request.
         * @param secrets the secrets sent with the request; null elements are ignored
         * @return this builder
         */
        public Builder redact(Collection<Secret> secrets) {
            if (secrets != null) {
                secrets.stream().filter(Objects::nonNull).forEach(this.secrets::add);
            }
            return this;
        }

        /** {@return the details, with {@link #redact(Collection) secrets redacted}} */
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
