package dev.estsdk.testkit.internal.http;

import dev.estsdk.testkit.EstOperation;
import java.util.Locale;

/**
 * {@code Accept} and {@code Content-Type} rules: JSON operations answer 406 when {@code Accept}
 * excludes JSON; a request body must be JSON ({@code application/json} or {@code +json}) or the
 * answer is 415. The CSV export and the PCAP download answer in their own media type whatever
 * {@code Accept} says (Sinch's Node SDK asks for {@code text/plain} and gets the CSV).
 */
public final class ContentNegotiation {

    private ContentNegotiation() {
    }

    /**
     * @param request the request
     * @param operation the operation it targets
     * @throws ApiException 406 or 415
     */
    public static void check(ApiRequest request, EstOperation operation) {
        boolean producesJson = operation != EstOperation.EXPORT_CALL_RECORDS && operation != EstOperation.GET_PCAP;
        String accept = request.header("Accept");
        if (producesJson && accept != null && !accept.isBlank() && !acceptsJson(accept)) {
            throw new ApiException(406, "This operation produces application/json; Accept was '" + accept + "'");
        }
        boolean hasBody = request.body().length > 0;
        if (hasBody && (request.method().equals("POST") || request.method().equals("PUT"))) {
            String type = request.header("Content-Type");
            if (type == null || !isJson(type)) {
                throw new ApiException(415, "Content-Type '" + type + "' is not supported; send application/json");
            }
        }
    }

    private static boolean acceptsJson(String accept) {
        for (String range : accept.split(",")) {
            String media = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (media.equals("*/*") || media.equals("application/*") || isJson(media)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(String mediaType) {
        String media = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.endsWith("+json");
    }
}
