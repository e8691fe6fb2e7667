package dev.estsdk.testkit.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Operations #6–#12: links between a trunk and ACLs or credential lists. POST appends and echoes
 * the ids sent; PUT (credential lists only) replaces the whole set; a link to an unknown id fails
 * the whole request.
 */
final class TrunkLinkHandlers {

    private static final String ACL_IDS = "accessControlListIds";
    private static final String LIST_IDS = "credentialListIds";

    private TrunkLinkHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.ADD_ACCESS_CONTROL_LISTS_TO_TRUNK, TrunkLinkHandlers::addAcls);
        into.put(EstOperation.LIST_ACCESS_CONTROL_LISTS_FOR_TRUNK,
                ctx -> listIds(ctx, ACL_IDS, ctx.project().aclLinks(trunkId(ctx))));
        into.put(EstOperation.REMOVE_ACCESS_CONTROL_LIST_FROM_TRUNK,
                ctx -> unlink(ctx, ctx.project().unlinkAcl(trunkId(ctx), ctx.param("accessControlListId")),
                        ctx.param("accessControlListId"), "Access control list"));
        into.put(EstOperation.ADD_CREDENTIAL_LISTS_TO_TRUNK, TrunkLinkHandlers::addCredentialLists);
        into.put(EstOperation.LIST_CREDENTIAL_LISTS_FOR_TRUNK,
                TrunkLinkHandlers::listCredentialLists);
        into.put(EstOperation.REPLACE_CREDENTIAL_LISTS_FOR_TRUNK, TrunkLinkHandlers::replaceCredentialLists);
        into.put(EstOperation.REMOVE_CREDENTIAL_LIST_FROM_TRUNK,
                ctx -> unlink(ctx, ctx.project().unlinkCredentialList(trunkId(ctx), ctx.param("credentialListId")),
                        ctx.param("credentialListId"), "Credential list"));
    }

    /** @return the trunk id from the path, after checking the trunk exists */
    private static String trunkId(OperationContext ctx) {
        return ctx.project().trunk(ctx.param("trunkId")).id();
    }

    private static ApiResponse addAcls(OperationContext ctx) {
        String trunkId = trunkId(ctx);
        List<String> ids = ctx.request().body().length == 0 ? List.of() : idsOrEmpty(ctx.body().strings(ACL_IDS));
        ProjectState p = ctx.project();
        ids.forEach(p::acl);
        p.linkAcls(trunkId, ids);
        // An empty request is answered with an empty object, as observed on the service.
        return ApiResponse.json(200, ids.isEmpty() ? Json.object() : idsBody(ACL_IDS, ids));
    }

    private static ApiResponse addCredentialLists(OperationContext ctx) {
        String trunkId = trunkId(ctx);
        List<String> ids = ctx.body().strings(LIST_IDS);
        Violations v = new Violations();
        v.require(LIST_IDS, ids);
        v.throwIfAny();
        ProjectState p = ctx.project();
        ids.forEach(p::credentialList);
        p.linkCredentialLists(trunkId, ids);
        return ApiResponse.json(200, idsBody(LIST_IDS, ids));
    }

    /** Accepts both documented bodies: a bare JSON array (spec) and {@code {credentialListIds:[…]}} (Node SDK). */
    private static ApiResponse replaceCredentialLists(OperationContext ctx) {
        String trunkId = trunkId(ctx);
        JsonNode body = JsonBody.parse(ctx.request().body());
        List<String> ids;
        if (body.isArray()) {
            ids = JsonBody.stringsOf(body, "body");
        } else {
            ids = JsonBody.of(body, "").strings(LIST_IDS);
            Violations v = new Violations();
            v.require(LIST_IDS, ids);
            v.throwIfAny();
        }
        ProjectState p = ctx.project();
        ids.forEach(p::credentialList);
        p.replaceCredentialListLinks(trunkId, ids);
        return ApiResponse.json(200, idsBody(LIST_IDS, new ArrayList<>(p.credentialListLinks(trunkId))));
    }

    private static ApiResponse listIds(OperationContext ctx, String key, Set<String> ids) {
        PageRequest page = PageRequest.from(ctx.request().query());
        return ApiResponse.json(200, page.envelope(key, List.copyOf(ids), Json.mapper()::valueToTree));
    }

    /**
     * The spec documents the linked ids under {@code credentialListIds}; the official Node SDK reads
     * the lists themselves under {@code credentialLists}. Both go out, for the same page.
     */
    private static ApiResponse listCredentialLists(OperationContext ctx) {
        ProjectState p = ctx.project();
        List<String> ids = List.copyOf(p.credentialListLinks(trunkId(ctx)));
        Map<String, Function<String, JsonNode>> renderers = new LinkedHashMap<>();
        renderers.put(LIST_IDS, Json.mapper()::valueToTree);
        renderers.put("credentialLists", id -> JsonViews.credentialList(p.credentialList(id)));
        return ApiResponse.json(200, PageRequest.from(ctx.request().query()).envelope(ids, renderers));
    }

    private static ApiResponse unlink(OperationContext ctx, boolean wasLinked, String id, String what) {
        if (!wasLinked) {
            throw new ApiException(404, "NO_RESOURCE_FOUND",
                    what + " " + id + " is not linked to SIP trunk " + ctx.param("trunkId"), List.of());
        }
        return ApiResponse.noContent();
    }

    private static List<String> idsOrEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static ObjectNode idsBody(String key, List<String> ids) {
        ObjectNode out = Json.object();
        ArrayNode array = out.putArray(key);
        ids.forEach((Consumer<String>) array::add);
        return out;
    }
}
