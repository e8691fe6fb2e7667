package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.E164;
import dev.estsdk.testkit.internal.model.OwnedNumber;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Operations #36–#38: the project's phone numbers. {@code POST /phoneNumbers} with
 * {@code {sipTrunkId, phoneNumber}} assigns (201); the same call with {@code sipTrunkId: ""}
 * (or null) unassigns (200). Only numbers the project owns can be assigned.
 */
final class PhoneNumberHandlers {

    private PhoneNumberHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.LIST_PHONE_NUMBERS, PhoneNumberHandlers::list);
        into.put(EstOperation.GET_PHONE_NUMBER, ctx -> ApiResponse.json(200,
                JsonViews.phoneNumber(owned(ctx.project(), ctx.param("phoneNumber")))));
        into.put(EstOperation.ASSIGN_PHONE_NUMBER, PhoneNumberHandlers::assign);
    }

    private static OwnedNumber owned(ProjectState p, String number) {
        OwnedNumber n = p.numbers().get(number);
        if (n == null) {
            throw new ApiException(404, "NO_RESOURCE_FOUND",
                    "Phone number " + number + " is not active on project " + p.projectId(), List.of());
        }
        return n;
    }

    private static ApiResponse list(OperationContext ctx) {
        PageRequest page = PageRequest.from(ctx.request().query());
        String trunkId = ctx.request().query().first("sipTrunkId");
        List<OwnedNumber> numbers = ctx.project().numbers().values().stream()
                .filter(n -> trunkId == null || trunkId.equals(n.sipTrunkId()))
                .toList();
        return ApiResponse.json(200, page.envelope("phoneNumbers", numbers, JsonViews::phoneNumber));
    }

    private static ApiResponse assign(OperationContext ctx) {
        JsonBody b = ctx.body();
        Violations v = new Violations();
        String number = b.string("phoneNumber");
        if (v.requireText("phoneNumber", number) && !E164.isValid(number)) {
            v.add("phoneNumber", "must be an E.164 number such as +15551234567");
        }
        if (!b.has("sipTrunkId")) {
            v.add("sipTrunkId", "must be present: a trunk id to assign, \"\" to unassign");
        }
        v.throwIfAny();
        String trunkId = b.string("sipTrunkId");
        ProjectState p = ctx.project();
        OwnedNumber old = owned(p, number);
        Instant at = ctx.stamp();
        if (trunkId == null || trunkId.isBlank()) {
            OwnedNumber n = new OwnedNumber(old.id(), old.phoneNumber(), old.countryCode(), null, old.createTime(), at);
            p.numbers().put(number, n);
            return ApiResponse.json(200, JsonViews.phoneNumber(n));
        }
        p.trunk(trunkId);
        OwnedNumber n = old.sipTrunkId() == null
                ? new OwnedNumber(old.id(), number, old.countryCode(), trunkId, at, null)
                : new OwnedNumber(old.id(), number, old.countryCode(), trunkId, old.createTime(), at);
        p.numbers().put(number, n);
        return ApiResponse.json(201, JsonViews.phoneNumber(n));
    }
}
