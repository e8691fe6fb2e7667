package dev.estsdk.client.internal.resources;

import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallResult;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.Money;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Call detail records on the wire (operations 42 to 44). The export and the packet capture are
 * not JSON: they are read as bytes (error statuses still go through the error decoder), the
 * export with its headers for the file name and charset.
 */
interface CallApi {

    @RequestLine("GET /v1/projects/{projectId}/calls?page={page}&size={size}")
    CompletableFuture<CallPage> find(@Param(value = "projectId", encoded = true) String projectId, @Param("page") int page,
                  @Param("size") int size, @QueryMap Map<String, String> filter, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/calls/export")
    @Headers("Accept: application/csv, text/csv, text/plain")
    CompletableFuture<byte[]> export(@Param(value = "projectId", encoded = true) String projectId,
                                 @QueryMap Map<String, String> filter, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/calls/records/{pcapId}/pcap")
    @Headers("Accept: application/octet-stream")
    CompletableFuture<byte[]> pcap(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "pcapId", encoded = true) String pcapId, @QueryMap Map<String, String> direction,
                Request.Options options);

    /** A call record as the server returns it; enums in any case, money amounts as numbers or strings. */
    record CallRecord(String callId, String from, String to, String direction,
                      Instant answerTime,
                      Instant endTime,
                      Integer durationSeconds, Integer billingDurationSeconds, String callResult,
                      Amount pricePerMinute, Amount price,
                      Instant createTime,
                      String projectId, String trunkId, String pcapId) {

        Call toModel() {
            return new Call(callId, from, to,
                    direction == null || direction.isBlank() ? null : Direction.of(direction),
                    answerTime, endTime, durationSeconds, billingDurationSeconds,
                    callResult == null || callResult.isBlank() ? null : CallResult.of(callResult),
                    Amount.toModel(pricePerMinute), Amount.toModel(price), createTime, projectId, trunkId,
                    pcapId == null || pcapId.isEmpty() ? null : pcapId);
        }
    }

    /** A money amount: {@code 0.004} or {@code "0.0040"}, never a double. */
    record Amount(BigDecimal amount, String currencyCode) {

        static Money toModel(Amount amount) {
            return amount == null || (amount.amount() == null && amount.currencyCode() == null)
                    ? null : new Money(amount.amount(), amount.currencyCode());
        }
    }

    /** A page of call records, key {@code calls}. */
    record CallPage(List<CallRecord> calls, Long totalItems, Integer pageNumber,
                    Integer size, Integer pageSize) implements ListEnvelope<CallRecord> {
        @Override
        public List<CallRecord> items() {
            return calls;
        }
    }
}
