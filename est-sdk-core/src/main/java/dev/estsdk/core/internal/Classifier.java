package dev.estsdk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estsdk.api.exception.EstErrorDetails;
import feign.FeignException;
import feign.codec.DecodeException;
import feign.codec.EncodeException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Classifies a failed attempt by what it tells about the request: was it sent, may it have been
 * applied, may it be retried.
 *
 * <table>
 *   <caption>Retry classification</caption>
 *   <tr><th>failure</th><th>retried for</th></tr>
 *   <tr><td>connection refused, connect timeout, token endpoint 429/5xx/unreachable</td><td>every method</td></tr>
 *   <tr><td>429; 503 with {@code Retry-After}</td><td>every method</td></tr>
 *   <tr><td>reset, EOF, garbage, read timeout; 408, 500, 502, 503, 504</td><td>GET, PUT, DELETE</td></tr>
 *   <tr><td>other statuses, redirects, decoding and TLS failures, a refused key</td><td>never</td></tr>
 * </table>
 */
final class Classifier {

    private Classifier() {
    }

    /** Classifies what the attempt failed with (already unwrapped from completion wrappers). */
    static AttemptFailure classify(Throwable e) {
        if (e instanceof ErrorResponse response) {
            int status = response.status();
            if (status >= 300 && status < 400) {
                return new AttemptFailure(AttemptFailure.Kind.REDIRECT, response.details(),
                        "redirect (HTTP " + status + ") not followed", true, null);
            }
            return new AttemptFailure(AttemptFailure.Kind.STATUS, response.details(), "HTTP " + status,
                    mayHaveApplied(status), null);
        }
        if (e instanceof TokenFailure token) {
            return new AttemptFailure(AttemptFailure.Kind.TOKEN, token.details(), token.getMessage(), false,
                    token.getCause());
        }
        if (e instanceof EncodeException) {
            return new AttemptFailure(AttemptFailure.Kind.FATAL, none(), "request body could not be encoded", false,
                    e.getCause());
        }
        Throwable root = rootCause(e);
        if (e instanceof DecodeException || root instanceof JsonProcessingException) {
            return undecodable(e, root);
        }
        if (root instanceof IOException io && (e instanceof FeignException || e == io)) {
            return classifyIo(io);
        }
        return new AttemptFailure(AttemptFailure.Kind.FATAL, none(),
                "response could not be processed (" + root.getClass().getSimpleName() + ")", true, root);
    }

    /**
     * A 2xx that could not be read. The parser's exception is not kept as the cause: its message
     * may quote the body, which may hold data that must not reach a log.
     */
    private static AttemptFailure undecodable(Throwable e, Throwable root) {
        int status = e instanceof FeignException feign ? feign.status() : 0;
        String where = root instanceof JsonProcessingException json && json.getLocation() != null
                ? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() : "";
        return new AttemptFailure(AttemptFailure.Kind.FATAL, status(status),
                "response could not be decoded (" + root.getClass().getSimpleName() + where + ")", true, null);
    }

    private static AttemptFailure classifyIo(IOException io) {
        if (io.getCause() instanceof InterruptedException) {
            return new AttemptFailure(AttemptFailure.Kind.INTERRUPTED, none(), "interrupted", true, io);
        }
        if (io instanceof HttpConnectTimeoutException || io instanceof ConnectException
                || io instanceof UnknownHostException || io.getCause() instanceof UnresolvedAddressException) {
            return new AttemptFailure(AttemptFailure.Kind.CONNECT, none(),
                    "could not connect (" + io.getClass().getSimpleName() + ")", false, io);
        }
        if (io instanceof JdkTransport.ClientClosedException) {
            return new AttemptFailure(AttemptFailure.Kind.CLOSED, none(), io.getMessage(), true, io);
        }
        if (io instanceof SSLException) {
            return new AttemptFailure(AttemptFailure.Kind.FATAL, none(),
                    "TLS handshake failed (" + io.getClass().getSimpleName() + ")", false, io);
        }
        if (io instanceof HttpTimeoutException || io instanceof InterruptedIOException) {
            return new AttemptFailure(AttemptFailure.Kind.TIMEOUT, none(),
                    "attempt timed out (" + io.getMessage() + ")", true, io);
        }
        return new AttemptFailure(AttemptFailure.Kind.IO, none(),
                "connection failed after the request was sent (" + io.getClass().getSimpleName() + ")", true, io);
    }

    /** Whether the attempt may be retried for this operation, before counting attempts and time. */
    static boolean retryable(AttemptFailure failure, Operation operation) {
        return switch (failure.kind()) {
            case CONNECT -> true;
            case TOKEN -> failure.status() == 0 || failure.status() == 429 || failure.status() >= 500;
            case IO, TIMEOUT -> operation.idempotent();
            case STATUS -> switch (failure.status()) {
                case 429 -> true;
                case 503 -> failure.retryAfter().isPresent() || operation.idempotent();
                case 408, 500, 502, 504 -> operation.idempotent();
                default -> false;
            };
            default -> false;
        };
    }

    /** An error status after which a write may still have been applied. */
    private static boolean mayHaveApplied(int status) {
        return status == 408 || (status >= 500 && status != 501 && status != 505);
    }

    private static EstErrorDetails none() {
        return EstErrorDetails.builder().build();
    }

    private static EstErrorDetails status(int status) {
        return EstErrorDetails.builder().status(status > 0 && status < 1000 ? status : 0).build();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof IOException)) {
            t = t.getCause();
        }
        return t;
    }
}
