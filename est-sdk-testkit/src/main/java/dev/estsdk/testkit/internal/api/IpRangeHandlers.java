package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.IpRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Operations #24–#27: the IP ranges of an access control list. */
final class IpRangeHandlers {

    private IpRangeHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.ADD_IP_RANGE, IpRangeHandlers::add);
        into.put(EstOperation.LIST_IP_RANGES, ctx -> ApiResponse.json(200, PageRequest.from(ctx.request().query())
                .envelope("ipRanges", acl(ctx).ipRanges(), JsonViews::ipRange)));
        into.put(EstOperation.UPDATE_IP_RANGE, IpRangeHandlers::update);
        into.put(EstOperation.DELETE_IP_RANGE, ctx -> {
            AccessControlList acl = acl(ctx);
            IpRange old = range(acl, ctx.param("ipRangeId"));
            List<IpRange> ranges = new ArrayList<>(acl.ipRanges());
            ranges.remove(old);
            ctx.project().acls().put(acl.id(), acl.withRanges(ranges, ctx.stamp()));
            return ApiResponse.noContent();
        });
    }

    private static AccessControlList acl(OperationContext ctx) {
        return ctx.project().acl(ctx.param("accessControlListId"));
    }

    private static IpRange range(AccessControlList acl, String id) {
        return acl.ipRanges().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("IP range", id));
    }

    private static IpRangeInput read(OperationContext ctx) {
        Violations v = new Violations();
        IpRangeInput in = IpRangeInput.read(ctx.body(), v);
        v.throwIfAny();
        return in;
    }

    private static ApiResponse add(OperationContext ctx) {
        AccessControlList acl = acl(ctx);
        IpRangeInput in = read(ctx);
        Instant at = ctx.stamp();
        IpRange r = in.toRange(ctx.newId(at), acl.id(), acl.projectId(), at, null);
        List<IpRange> ranges = new ArrayList<>(acl.ipRanges());
        ranges.add(r);
        ctx.project().acls().put(acl.id(), acl.withRanges(ranges, at));
        return ApiResponse.json(200, JsonViews.ipRange(r));
    }

    private static ApiResponse update(OperationContext ctx) {
        AccessControlList acl = acl(ctx);
        IpRange old = range(acl, ctx.param("ipRangeId"));
        IpRangeInput in = read(ctx);
        Instant at = ctx.stamp();
        IpRange r = in.toRange(old.id(), acl.id(), acl.projectId(), old.createTime(), at);
        List<IpRange> ranges = new ArrayList<>(acl.ipRanges());
        ranges.set(ranges.indexOf(old), r);
        ctx.project().acls().put(acl.id(), acl.withRanges(ranges, at));
        return ApiResponse.json(200, JsonViews.ipRange(r));
    }
}
