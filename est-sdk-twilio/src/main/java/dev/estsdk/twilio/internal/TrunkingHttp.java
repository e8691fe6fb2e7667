package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Trunking v1 on the wire ({@code https://trunking.twilio.com}): trunks and their
 * sub-resources by depth. Every path parameter arrives checked and encoded ({@link Sids}); the
 * sub-resource names are the client's constants. Query parameters arrive encoded.
 */
// Param.encoded and QueryMap.encoded are deprecated in Feign 13 without a replacement for values
// that arrive already encoded; javac 21+ warns on each use, which -Werror would make fatal.
@SuppressWarnings("deprecation")
interface TrunkingHttp {

    @RequestLine("POST /v1/Trunks")
    CompletableFuture<JsonNode> create(TwilioForm form, Request.Options options);

    @RequestLine("GET /v1/Trunks")
    CompletableFuture<JsonNode> list(@QueryMap(encoded = true) Map<String, String> query, Request.Options options);

    @RequestLine("GET /v1/Trunks/{trunk}")
    CompletableFuture<JsonNode> get(@Param(value = "trunk", encoded = true) String trunk, Request.Options options);

    @RequestLine("POST /v1/Trunks/{trunk}")
    CompletableFuture<JsonNode> update(@Param(value = "trunk", encoded = true) String trunk, TwilioForm form,
                                       Request.Options options);

    @RequestLine("DELETE /v1/Trunks/{trunk}")
    CompletableFuture<Void> delete(@Param(value = "trunk", encoded = true) String trunk, Request.Options options);

    @RequestLine("GET /v1/Trunks/{trunk}/{sub}")
    CompletableFuture<JsonNode> getChild(@Param(value = "trunk", encoded = true) String trunk,
                                         @Param(value = "sub", encoded = true) String sub,
                                         @QueryMap(encoded = true) Map<String, String> query, Request.Options options);

    @RequestLine("POST /v1/Trunks/{trunk}/{sub}")
    CompletableFuture<JsonNode> postChild(@Param(value = "trunk", encoded = true) String trunk,
                                          @Param(value = "sub", encoded = true) String sub, TwilioForm form,
                                          Request.Options options);

    @RequestLine("GET /v1/Trunks/{trunk}/{sub}/{sid}")
    CompletableFuture<JsonNode> getItem(@Param(value = "trunk", encoded = true) String trunk,
                                        @Param(value = "sub", encoded = true) String sub,
                                        @Param(value = "sid", encoded = true) String sid, Request.Options options);

    @RequestLine("POST /v1/Trunks/{trunk}/{sub}/{sid}")
    CompletableFuture<JsonNode> updateItem(@Param(value = "trunk", encoded = true) String trunk,
                                           @Param(value = "sub", encoded = true) String sub,
                                           @Param(value = "sid", encoded = true) String sid, TwilioForm form,
                                           Request.Options options);

    @RequestLine("DELETE /v1/Trunks/{trunk}/{sub}/{sid}")
    CompletableFuture<Void> deleteItem(@Param(value = "trunk", encoded = true) String trunk,
                                       @Param(value = "sub", encoded = true) String sub,
                                       @Param(value = "sid", encoded = true) String sid, Request.Options options);
}
