package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.async.AsyncPhoneNumbers;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.FieldRules;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.PhoneNumberApi.Assignment;
import dev.estsdk.client.internal.resources.PhoneNumberApi.Number;

import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link AsyncPhoneNumbers} over {@link PhoneNumberApi}. Assignment follows the reading of the
 * reference that the service confirms in practice: {@code POST /phoneNumbers} with the trunk id,
 * and the same call with an empty trunk id to unassign.
 */
final class PhoneNumbersResource implements AsyncPhoneNumbers {

    private static final String NUMBERS = "/v1/projects/{projectId}/phoneNumbers";

    static final Operation LIST = new Operation("GetPhoneNumbers", "GET", NUMBERS);
    static final Operation GET = new Operation("GetPhoneNumber", "GET", NUMBERS + "/{phoneNumber}");
    static final Operation ASSIGN = new Operation("AssignPhoneNumber", "POST", NUMBERS);
    static final Operation UNASSIGN = new Operation("UnassignPhoneNumber", "POST", NUMBERS);

    private final String project;
    private final PhoneNumberApi api;
    private final Runner calls;

    PhoneNumbersResource(String encodedProjectId, PhoneNumberApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public AsyncPagedIterable<PhoneNumber> list(PhoneNumberFilter filter) {
        Objects.requireNonNull(filter, "filter");
        Map<String, String> query = new QueryParameters().add("sipTrunkId", filter.sipTrunkId()).toMap();
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, page, size, query, opts),
                Number::toModel);
    }

    @Override
    public CompletableFuture<PhoneNumber> get(String phoneNumber) {
        String number = PathSegments.encode("phoneNumber", e164(phoneNumber));
        return calls.fetch(GET, opts -> api.get(project, number, opts), Number::toModel);
    }

    @Override
    public CompletableFuture<PhoneNumber> assign(String trunkId, String phoneNumber) {
        Assignment body = new Assignment(Arguments.requireNonBlank("trunkId", trunkId), e164(phoneNumber));
        // Some deployments answer 201 without a body: the assignment is then what was asked for.
        return Runner.map(calls.execute(ASSIGN, opts -> api.assign(project, body, opts)), assigned -> assigned == null
                ? new PhoneNumber(null, body.phoneNumber(), trunkId, null, null, null) : assigned.toModel());
    }

    @Override
    public CompletableFuture<Void> unassign(String phoneNumber) {
        Assignment body = new Assignment("", e164(phoneNumber));
        return calls.run(UNASSIGN, opts -> api.assign(project, body, opts));
    }

    private static String e164(String phoneNumber) {
        FieldRules.e164(phoneNumber).ifPresent(rule -> {
            throw new EstValidationException("PhoneNumbers", List.of(new FieldViolation("phoneNumber", rule)));
        });
        return phoneNumber;
    }
}
