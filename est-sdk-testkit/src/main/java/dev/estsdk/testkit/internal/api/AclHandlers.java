package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.IpRange;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Operations #18–#23: access control lists. Create requires {@code name}, {@code enabled} and at
 * least one IP range object; update replaces {@code name} and {@code enabled} and, when
 * {@code ipRanges} is sent, the whole range set (ranges keep their id when the {@code id} is sent).
 */
final class AclHandlers {

    private AclHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.CREATE_ACCESS_CONTROL_LIST, AclHandlers::create);
        into.put(EstOperation.LIST_ACCESS_CONTROL_LISTS, ctx -> ApiResponse.json(200,
                PageRequest.from(ctx.request().query()).envelope("accessControlLists",
                        List.copyOf(ctx.project().acls().values()), a -> render(ctx.project(), a))));
        into.put(EstOperation.GET_ACCESS_CONTROL_LIST, ctx -> ApiResponse.json(200,
                render(ctx.project(), ctx.project().acl(ctx.param("accessControlListId")))));
        into.put(EstOperation.UPDATE_ACCESS_CONTROL_LIST, AclHandlers::update);
        into.put(EstOperation.DELETE_ACCESS_CONTROL_LIST, AclHandlers::delete);
        into.put(EstOperation.LIST_TRUNKS_FOR_ACCESS_CONTROL_LIST, ctx -> {
            AccessControlList a = ctx.project().acl(ctx.param("accessControlListId"));
            return ApiResponse.json(200, PageRequest.from(ctx.request().query())
                    .envelope("trunks", ctx.project().trunksLinkedToAcl(a.id()), JsonViews::trunk));
        });
    }

    static com.fasterxml.jackson.databind.node.ObjectNode render(ProjectState p, AccessControlList a) {
        return JsonViews.acl(a, p.trunksLinkedToAcl(a.id()).stream().map(Trunk::id).toList());
    }

    private static ApiResponse create(OperationContext ctx) {
        JsonBody b = ctx.body();
        Violations v = new Violations();
        String name = b.string("name");
        v.requireText("name", name);
        Boolean enabled = b.bool("enabled");
        v.require("enabled", enabled);
        List<JsonBody> ranges = b.objects("ipRanges");
        if (ranges == null || ranges.isEmpty()) {
            v.add("ipRanges", "must contain at least one IP range");
        }
        List<IpRangeInput> inputs = new ArrayList<>();
        if (ranges != null) {
            ranges.forEach(r -> inputs.add(IpRangeInput.read(r, v)));
        }
        v.throwIfAny();
        Instant at = ctx.stamp();
        String id = ctx.newId(at);
        String project = ctx.project().projectId();
        List<IpRange> stored = inputs.stream().map(in -> in.toRange(ctx.newId(at), id, project, at, null)).toList();
        AccessControlList acl = new AccessControlList(id, project, name, enabled, stored, at, null);
        ctx.project().acls().put(id, acl);
        return ApiResponse.json(200, render(ctx.project(), acl));
    }

    private static ApiResponse update(OperationContext ctx) {
        AccessControlList old = ctx.project().acl(ctx.param("accessControlListId"));
        JsonBody b = ctx.body();
        Violations v = new Violations();
        String name = b.string("name");
        v.requireText("name", name);
        Boolean enabled = b.bool("enabled");
        List<JsonBody> ranges = b.objects("ipRanges");
        List<IpRangeInput> inputs = new ArrayList<>();
        if (ranges != null) {
            ranges.forEach(r -> inputs.add(IpRangeInput.read(r, v)));
        }
        v.throwIfAny();
        Instant at = ctx.stamp();
        List<IpRange> stored = old.ipRanges();
        if (ranges != null) {
            stored = inputs.stream().map(in -> old.ipRanges().stream()
                    .filter(r -> r.id().equals(in.id())).findFirst()
                    .map(r -> in.toRange(r.id(), old.id(), old.projectId(), r.createTime(), at))
                    .orElseGet(() -> in.toRange(ctx.newId(at), old.id(), old.projectId(), at, null)))
                    .toList();
        }
        AccessControlList acl = new AccessControlList(old.id(), old.projectId(), name, enabled == null || enabled,
                stored, old.createTime(), at);
        ctx.project().acls().put(acl.id(), acl);
        return ApiResponse.json(200, render(ctx.project(), acl));
    }

    private static ApiResponse delete(OperationContext ctx) {
        ProjectState p = ctx.project();
        AccessControlList acl = p.acl(ctx.param("accessControlListId"));
        p.detachAcl(acl.id());
        p.acls().remove(acl.id());
        return ApiResponse.noContent();
    }
}
