package dev.estsdk.client.internal.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;
import dev.estsdk.api.model.Direction;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.List;

/** Call blocking rules on the wire (operations 45 to 48). */
interface CallBlockingRuleApi {

    @RequestLine("GET /v1/projects/{projectId}/callBlockingRules?page={page}&size={size}")
    CompletableFuture<RulePage> list(@Param(value = "projectId", encoded = true) String projectId, @Param("page") int page,
                  @Param("size") int size, Request.Options options);

    @RequestLine("POST /v1/projects/{projectId}/callBlockingRules")
    @Headers("Content-Type: application/json")
    CompletableFuture<Rule> create(@Param(value = "projectId", encoded = true) String projectId, JsonBody body, Request.Options options);

    @RequestLine("PUT /v1/projects/{projectId}/callBlockingRules/{callBlockingRuleId}")
    @Headers("Content-Type: application/json")
    CompletableFuture<Rule> update(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "callBlockingRuleId", encoded = true) String callBlockingRuleId, JsonBody body,
                Request.Options options);

    @RequestLine("DELETE /v1/projects/{projectId}/callBlockingRules/{callBlockingRuleId}")
    CompletableFuture<Void> delete(@Param(value = "projectId", encoded = true) String projectId,
                @Param(value = "callBlockingRuleId", encoded = true) String callBlockingRuleId,
                Request.Options options);

    /** A rule as the server returns it; {@code direction} comes in lower case. */
    record Rule(String id, String name, String direction, String callerCountry, String callerMatch,
                String calleeCountry, String calleeMatch,
                Instant createTime,
                Instant updateTime,
                String projectId) {

        CallBlockingRule toModel() {
            return new CallBlockingRule(id, name,
                    direction == null || direction.isBlank() ? null : Direction.of(direction),
                    callerCountry, callerMatch, calleeCountry, calleeMatch, createTime, updateTime, projectId);
        }

        static JsonBody write(CreateCallBlockingRuleRequest rule, JsonBody body) {
            return writable(body, rule.name(), rule.direction(), rule.callerCountry(), rule.callerMatch(),
                    rule.calleeCountry(), rule.calleeMatch());
        }

        static JsonBody write(UpdateCallBlockingRuleRequest rule, JsonBody body) {
            return writable(body, rule.name(), rule.direction(), rule.callerCountry(), rule.callerMatch(),
                    rule.calleeCountry(), rule.calleeMatch());
        }

        private static JsonBody writable(JsonBody body, String name, Direction direction, String callerCountry,
                                         String callerMatch, String calleeCountry, String calleeMatch) {
            return body.put("name", name)
                    .put("direction", direction.value())
                    .put("callerCountry", callerCountry)
                    .put("callerMatch", callerMatch)
                    .put("calleeCountry", calleeCountry)
                    .put("calleeMatch", calleeMatch);
        }
    }

    /**
     * A page of rules, key {@code callBlockingRules}. The spec answers a bare array instead: that
     * reads as one complete page holding every rule.
     */
    record RulePage(List<Rule> callBlockingRules, Long totalItems, Integer pageNumber,
                    Integer size, Integer pageSize) implements ListEnvelope<Rule> {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static RulePage ofArray(List<Rule> rules) {
            int count = rules == null ? 0 : rules.size();
            return new RulePage(rules, (long) count, 1, count, null);
        }

        @Override
        public List<Rule> items() {
            return callBlockingRules;
        }
    }
}
