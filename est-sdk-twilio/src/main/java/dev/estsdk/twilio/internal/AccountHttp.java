package dev.estsdk.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The 2010 API on the wire ({@code https://api.twilio.com}): the account's SIP lists with their
 * entries, and its incoming phone numbers, every path ending in {@code .json}. Every path
 * parameter arrives checked and encoded ({@link Sids}); the collection names are the client's
 * constants. Query parameters arrive encoded.
 */
// Param.encoded and QueryMap.encoded are deprecated in Feign 13 without a replacement for values
// that arrive already encoded; javac 21+ warns on each use, which -Werror would make fatal.
@SuppressWarnings("deprecation")
interface AccountHttp {

    @RequestLine("GET /2010-04-01/Accounts/{account}/SIP/{lists}.json")
    CompletableFuture<JsonNode> listLists(@Param(value = "account", encoded = true) String account,
                                          @Param(value = "lists", encoded = true) String lists,
                                          @QueryMap(encoded = true) Map<String, String> query, Request.Options options);

    @RequestLine("POST /2010-04-01/Accounts/{account}/SIP/{lists}.json")
    CompletableFuture<JsonNode> createList(@Param(value = "account", encoded = true) String account,
                                           @Param(value = "lists", encoded = true) String lists, TwilioForm form,
                                           Request.Options options);

    @RequestLine("GET /2010-04-01/Accounts/{account}/SIP/{lists}/{list}.json")
    CompletableFuture<JsonNode> getList(@Param(value = "account", encoded = true) String account,
                                        @Param(value = "lists", encoded = true) String lists,
                                        @Param(value = "list", encoded = true) String list, Request.Options options);

    @RequestLine("POST /2010-04-01/Accounts/{account}/SIP/{lists}/{list}.json")
    CompletableFuture<JsonNode> updateList(@Param(value = "account", encoded = true) String account,
                                           @Param(value = "lists", encoded = true) String lists,
                                           @Param(value = "list", encoded = true) String list, TwilioForm form,
                                           Request.Options options);

    @RequestLine("DELETE /2010-04-01/Accounts/{account}/SIP/{lists}/{list}.json")
    CompletableFuture<Void> deleteList(@Param(value = "account", encoded = true) String account,
                                       @Param(value = "lists", encoded = true) String lists,
                                       @Param(value = "list", encoded = true) String list, Request.Options options);

    @RequestLine("GET /2010-04-01/Accounts/{account}/SIP/{lists}/{list}/{entries}.json")
    CompletableFuture<JsonNode> listEntries(@Param(value = "account", encoded = true) String account,
                                            @Param(value = "lists", encoded = true) String lists,
                                            @Param(value = "list", encoded = true) String list,
                                            @Param(value = "entries", encoded = true) String entries,
                                            @QueryMap(encoded = true) Map<String, String> query,
                                            Request.Options options);

    @RequestLine("POST /2010-04-01/Accounts/{account}/SIP/{lists}/{list}/{entries}.json")
    CompletableFuture<JsonNode> createEntry(@Param(value = "account", encoded = true) String account,
                                            @Param(value = "lists", encoded = true) String lists,
                                            @Param(value = "list", encoded = true) String list,
                                            @Param(value = "entries", encoded = true) String entries, TwilioForm form,
                                            Request.Options options);

    @RequestLine("GET /2010-04-01/Accounts/{account}/SIP/{lists}/{list}/{entries}/{entry}.json")
    CompletableFuture<JsonNode> getEntry(@Param(value = "account", encoded = true) String account,
                                         @Param(value = "lists", encoded = true) String lists,
                                         @Param(value = "list", encoded = true) String list,
                                         @Param(value = "entries", encoded = true) String entries,
                                         @Param(value = "entry", encoded = true) String entry, Request.Options options);

    @RequestLine("POST /2010-04-01/Accounts/{account}/SIP/{lists}/{list}/{entries}/{entry}.json")
    CompletableFuture<JsonNode> updateEntry(@Param(value = "account", encoded = true) String account,
                                            @Param(value = "lists", encoded = true) String lists,
                                            @Param(value = "list", encoded = true) String list,
                                            @Param(value = "entries", encoded = true) String entries,
                                            @Param(value = "entry", encoded = true) String entry, TwilioForm form,
                                            Request.Options options);

    @RequestLine("DELETE /2010-04-01/Accounts/{account}/SIP/{lists}/{list}/{entries}/{entry}.json")
    CompletableFuture<Void> deleteEntry(@Param(value = "account", encoded = true) String account,
                                        @Param(value = "lists", encoded = true) String lists,
                                        @Param(value = "list", encoded = true) String list,
                                        @Param(value = "entries", encoded = true) String entries,
                                        @Param(value = "entry", encoded = true) String entry, Request.Options options);

    @RequestLine("GET /2010-04-01/Accounts/{account}/IncomingPhoneNumbers.json")
    CompletableFuture<JsonNode> listNumbers(@Param(value = "account", encoded = true) String account,
                                            @QueryMap(encoded = true) Map<String, String> query,
                                            Request.Options options);

    @RequestLine("GET /2010-04-01/Accounts/{account}/IncomingPhoneNumbers/{number}.json")
    CompletableFuture<JsonNode> getNumber(@Param(value = "account", encoded = true) String account,
                                          @Param(value = "number", encoded = true) String number,
                                          Request.Options options);

    @RequestLine("POST /2010-04-01/Accounts/{account}/IncomingPhoneNumbers/{number}.json")
    CompletableFuture<JsonNode> updateNumber(@Param(value = "account", encoded = true) String account,
                                             @Param(value = "number", encoded = true) String number, TwilioForm form,
                                             Request.Options options);
}
