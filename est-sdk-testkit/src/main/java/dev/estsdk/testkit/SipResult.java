package dev.estsdk.testkit;

import org.jspecify.annotations.Nullable;

/**
 * How the simulated Sinch edge answered a SIP request.
 *
 * @param status the SIP status code, e.g. 200, 401, 403, 404, 503, 603
 * @param reason the SIP reason phrase, e.g. {@code Forbidden}
 * @param explanation why, in words a developer can act on
 * @param trunkId the trunk the request was matched to, or null
 * @param endpointId inbound: the endpoint the call was delivered to, or null
 */
public record SipResult(int status, String reason, String explanation, @Nullable String trunkId,
        @Nullable String endpointId) {

    /**
     * Returns whether the status is 2xx.
     *
     * @return whether the status is 2xx
     */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
