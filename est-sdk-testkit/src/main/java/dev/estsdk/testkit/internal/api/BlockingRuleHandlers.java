package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.BlockingRule;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Operations #45–#48: call blocking rules. {@code direction} is required; PUT replaces the whole rule. */
final class BlockingRuleHandlers {

    private static final Pattern ISO = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern PREFIX = Pattern.compile("\\+?\\d{1,15}");

    private BlockingRuleHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.LIST_CALL_BLOCKING_RULES, ctx -> ApiResponse.json(200,
                PageRequest.from(ctx.request().query()).envelope("callBlockingRules",
                        List.copyOf(ctx.project().blockingRules().values()), JsonViews::blockingRule)));
        into.put(EstOperation.CREATE_CALL_BLOCKING_RULE, ctx -> {
            Instant at = ctx.stamp();
            BlockingRule r = read(ctx.body(), ctx.newId(at), ctx.project().projectId(), at, null);
            ctx.project().blockingRules().put(r.id(), r);
            return ApiResponse.json(200, JsonViews.blockingRule(r));
        });
        into.put(EstOperation.UPDATE_CALL_BLOCKING_RULE, ctx -> {
            BlockingRule old = rule(ctx);
            BlockingRule r = read(ctx.body(), old.id(), old.projectId(), old.createTime(), ctx.stamp());
            ctx.project().blockingRules().put(r.id(), r);
            return ApiResponse.json(200, JsonViews.blockingRule(r));
        });
        into.put(EstOperation.DELETE_CALL_BLOCKING_RULE, ctx -> {
            ctx.project().blockingRules().remove(rule(ctx).id());
            return ApiResponse.noContent();
        });
    }

    private static BlockingRule rule(OperationContext ctx) {
        String id = ctx.param("callBlockingRuleId");
        BlockingRule r = ctx.project().blockingRules().get(id);
        if (r == null) {
            throw ApiException.notFound("Call blocking rule", id);
        }
        return r;
    }

    /**
     * Reads a rule body (create or full replacement).
     *
     * @return the rule
     */
    static BlockingRule read(JsonBody b, String id, String projectId, Instant created, Instant updated) {
        Violations v = new Violations();
        String direction = b.string("direction");
        if (v.requireText("direction", direction)) {
            direction = direction.toUpperCase(Locale.ROOT);
            if (!direction.equals("INBOUND") && !direction.equals("OUTBOUND")) {
                v.add("direction", "must be INBOUND or OUTBOUND");
            }
        }
        String callerCountry = country(b, "callerCountry", v);
        String calleeCountry = country(b, "calleeCountry", v);
        String callerMatch = prefix(b, "callerMatch", v);
        String calleeMatch = prefix(b, "calleeMatch", v);
        v.throwIfAny();
        return new BlockingRule(id, projectId, b.string("name"), direction, callerCountry, callerMatch,
                calleeCountry, calleeMatch, created, updated);
    }

    private static String country(JsonBody b, String field, Violations v) {
        String value = b.string(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!ISO.matcher(value).matches()) {
            v.add(field, "must be an ISO 3166-1 alpha-2 country code such as US");
            return null;
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static String prefix(JsonBody b, String field, Violations v) {
        String value = b.string(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!PREFIX.matcher(value).matches()) {
            v.add(field, "must be a number prefix of digits");
        }
        return value;
    }
}
