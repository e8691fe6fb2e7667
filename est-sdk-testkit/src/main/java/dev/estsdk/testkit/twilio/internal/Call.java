package dev.estsdk.testkit.twilio.internal;

import dev.estsdk.testkit.internal.http.ApiRequest;
import java.util.Map;

/**
 * One routed request as the handlers see it.
 *
 * @param request the request
 * @param sids the path's SIDs by prefix, e.g. {@code TK → TK…}
 * @param state the account
 * @param views the renderer
 * @param paging the page-token registry
 */
public record Call(ApiRequest request, Map<String, String> sids, TwilioState state, Views views, Paging paging) {

    /**
     * @param prefix a SID prefix of the path, e.g. {@code TK}
     * @return that SID
     */
    public String sid(String prefix) {
        return sids.get(prefix);
    }

    /** @return the request path */
    public String path() {
        return request.path();
    }

    /** @return the form body */
    public Form form() {
        return Form.of(request);
    }
}
