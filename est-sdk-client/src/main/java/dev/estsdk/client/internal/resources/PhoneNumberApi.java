package dev.estsdk.client.internal.resources;

import dev.estsdk.api.model.PhoneNumber;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;

/** The project's EST phone numbers on the wire (operations 36 to 38). */
interface PhoneNumberApi {

    @RequestLine("GET /v1/projects/{projectId}/phoneNumbers?page={page}&size={size}")
    CompletableFuture<NumberPage> list(@Param(value = "projectId", encoded = true) String projectId, @Param("page") int page,
                    @Param("size") int size, @QueryMap Map<String, String> filter, Request.Options options);

    @RequestLine("GET /v1/projects/{projectId}/phoneNumbers/{phoneNumber}")
    CompletableFuture<Number> get(@Param(value = "projectId", encoded = true) String projectId,
               @Param(value = "phoneNumber", encoded = true) String phoneNumber, Request.Options options);

    /** Assigns a number to a trunk, or unassigns it when the trunk id is empty. */
    @RequestLine("POST /v1/projects/{projectId}/phoneNumbers")
    @Headers("Content-Type: application/json")
    CompletableFuture<Number> assign(@Param(value = "projectId", encoded = true) String projectId, Assignment body,
                  Request.Options options);

    /** A number as the server returns it; an empty trunk id means unassigned. */
    record Number(String id, String phoneNumber, String sipTrunkId, String countryCode,
                  Instant createTime,
                  Instant updateTime) {

        PhoneNumber toModel() {
            return new PhoneNumber(id, phoneNumber, sipTrunkId == null || sipTrunkId.isEmpty() ? null : sipTrunkId,
                    countryCode, createTime, updateTime);
        }
    }

    /** The assignment body: {@code {"sipTrunkId": "...", "phoneNumber": "+1..."}}; {@code ""} unassigns. */
    record Assignment(String sipTrunkId, String phoneNumber) {
    }

    /** A page of numbers, key {@code phoneNumbers}. */
    record NumberPage(List<Number> phoneNumbers, Long totalItems, Integer pageNumber,
                      Integer size, Integer pageSize) implements ListEnvelope<Number> {
        @Override
        public List<Number> items() {
            return phoneNumbers;
        }
    }
}
