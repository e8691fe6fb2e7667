package dev.estsdk.core.internal;

import feign.Request;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Request.Options} of one attempt, passed as the last argument of a Feign method and so
 * handed by Feign to the {@link JdkTransport}: the attempt's time budget plus what belongs to this
 * attempt only (the call's request id and the {@code Authorization} value). The transport writes
 * back what it learnt (the concrete path, the status and headers of the response). Per-attempt
 * data travels as this parameter, never through thread-local state, so an attempt may hop threads.
 */
public final class AttemptOptions extends Request.Options {

    private final Duration budget;
    private final String requestId;
    private final String authorization;
    private volatile String path;
    private volatile int status = -1;
    private volatile Map<String, Collection<String>> headers = Map.of();

    /**
     * Options for one attempt.
     *
     * @param connectTimeout the connect timeout
     * @param budget         the longest the attempt may take, until its whole body is read
     * @param requestId      the call's request id, sent as {@code X-Request-Id}
     * @param authorization  the {@code Authorization} value, or null to send none
     */
    public AttemptOptions(Duration connectTimeout, Duration budget, String requestId, String authorization) {
        super(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, budget.toMillis(), TimeUnit.MILLISECONDS, false);
        this.budget = budget;
        this.requestId = requestId;
        this.authorization = authorization;
    }

    /**
     * The longest the attempt may take.
     *
     * @return the longest the attempt may take
     */
    public Duration budget() {
        return budget;
    }

    /**
     * The request id.
     *
     * @return the request id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The {@code Authorization} value, or null.
     *
     * @return the {@code Authorization} value, or null
     */
    public String authorization() {
        return authorization;
    }

    /**
     * The concrete path the attempt was sent to, or null before it was sent.
     *
     * @return the concrete path the attempt was sent to, or null before it was sent
     */
    public String path() {
        return path;
    }

    /**
     * The response status, or -1 when none arrived.
     *
     * @return the response status, or -1 when none arrived
     */
    public int status() {
        return status;
    }

    /**
     * The response headers, empty when none arrived.
     *
     * @return the response headers, empty when none arrived
     */
    public Map<String, Collection<String>> headers() {
        return headers;
    }

    void sentTo(String value) {
        this.path = value;
    }

    void received(int value, Map<String, Collection<String>> responseHeaders) {
        this.headers = responseHeaders;
        this.status = value;
    }

    /**
     * Describes the options without the authorization value.
     *
     * @return e.g. {@code AttemptOptions[budget=PT30S, requestId=...]}
     */
    @Override
    public String toString() {
        return "AttemptOptions[budget=" + budget + ", requestId=" + requestId + "]";
    }
}
