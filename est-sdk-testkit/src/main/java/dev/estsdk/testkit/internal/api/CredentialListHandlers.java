package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.http.Violations;
import dev.estsdk.testkit.internal.json.JsonBody;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.Credential;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations #28–#35: credential lists and their credentials. Passwords are checked against the
 * policy and never returned. A list cannot be deleted while linked to a trunk or while an
 * endpoint uses one of its usernames.
 */
final class CredentialListHandlers {

    private CredentialListHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.CREATE_CREDENTIAL_LIST, CredentialListHandlers::create);
        into.put(EstOperation.LIST_CREDENTIAL_LISTS, ctx -> ApiResponse.json(200, PageRequest.from(ctx.request()
                .query()).envelope("credentialLists", List.copyOf(ctx.project().credentialLists().values()),
                        JsonViews::credentialList)));
        into.put(EstOperation.GET_CREDENTIAL_LIST, ctx -> ApiResponse.json(200,
                JsonViews.credentialList(list(ctx))));
        into.put(EstOperation.UPDATE_CREDENTIAL_LIST, CredentialListHandlers::rename);
        into.put(EstOperation.DELETE_CREDENTIAL_LIST, CredentialListHandlers::delete);
        into.put(EstOperation.LIST_TRUNKS_FOR_CREDENTIAL_LIST, ctx -> ApiResponse.json(200,
                PageRequest.from(ctx.request().query()).envelope("trunks",
                        ctx.project().trunksLinkedToCredentialList(list(ctx).id()), JsonViews::trunk)));
        into.put(EstOperation.UPDATE_CREDENTIAL, CredentialListHandlers::putCredential);
        into.put(EstOperation.DELETE_CREDENTIAL, CredentialListHandlers::deleteCredential);
    }

    private static CredentialList list(OperationContext ctx) {
        return ctx.project().credentialList(ctx.param("credentialListId"));
    }

    private static ApiResponse create(OperationContext ctx) {
        JsonBody b = ctx.body();
        Violations v = new Violations();
        String name = b.string("name");
        v.requireText("name", name);
        List<JsonBody> creds = b.objects("credentials");
        if (creds == null || creds.isEmpty()) {
            v.add("credentials", "must contain at least one credential");
        }
        Set<String> seen = new HashSet<>();
        List<String[]> pairs = new ArrayList<>();
        for (JsonBody c : creds == null ? List.<JsonBody>of() : creds) {
            String username = c.string("username");
            if (v.requireText(c.path("username"), username) && !seen.add(username)) {
                v.add(c.path("username"), "must be unique within the list");
            }
            String password = c.string("password");
            PasswordPolicy.check(c.path("password"), password, v);
            pairs.add(new String[] {username, password});
        }
        v.throwIfAny();
        Instant at = ctx.stamp();
        List<Credential> stored = pairs.stream().map(p -> new Credential(ctx.newId(at), p[0], p[1])).toList();
        CredentialList cl = new CredentialList(ctx.newId(at), ctx.project().projectId(), name, stored, at, null);
        ctx.project().credentialLists().put(cl.id(), cl);
        return ApiResponse.json(201, JsonViews.credentialList(cl));
    }

    private static ApiResponse rename(OperationContext ctx) {
        CredentialList old = list(ctx);
        Violations v = new Violations();
        String name = ctx.body().string("name");
        v.requireText("name", name);
        v.throwIfAny();
        CredentialList cl = new CredentialList(old.id(), old.projectId(), name, old.credentials(), old.createTime(),
                ctx.stamp());
        ctx.project().credentialLists().put(cl.id(), cl);
        return ApiResponse.json(200, JsonViews.credentialList(cl));
    }

    private static ApiResponse delete(OperationContext ctx) {
        ProjectState p = ctx.project();
        CredentialList cl = list(ctx);
        if (!p.trunksLinkedToCredentialList(cl.id()).isEmpty()) {
            throw ApiException.badRequest("Credential List cannot be deleted while attached to a SIP Trunk");
        }
        boolean usedByEndpoint = p.endpoints().values().stream()
                .anyMatch(e -> e.registered() && cl.credential(e.credentialUsername()).isPresent());
        if (usedByEndpoint) {
            throw ApiException.badRequest("Credential List cannot be deleted while attached to a SIP Endpoint");
        }
        p.credentialLists().remove(cl.id());
        return ApiResponse.noContent();
    }

    /** Sets a credential's password; a username not yet in the list is added (upsert). */
    private static ApiResponse putCredential(OperationContext ctx) {
        CredentialList old = list(ctx);
        String username = ctx.param("username");
        Violations v = new Violations();
        PasswordPolicy.check("password", ctx.body().string("password"), v);
        v.throwIfAny();
        String password = ctx.body().string("password");
        Instant at = ctx.stamp();
        List<Credential> creds = new ArrayList<>(old.credentials());
        Credential existing = old.credential(username).orElse(null);
        Credential updated = new Credential(existing == null ? ctx.newId(at) : existing.id(), username, password);
        if (existing == null) {
            creds.add(updated);
        } else {
            creds.set(creds.indexOf(existing), updated);
        }
        ctx.project().credentialLists().put(old.id(), new CredentialList(old.id(), old.projectId(), old.name(),
                creds, old.createTime(), at));
        return ApiResponse.json(200, JsonViews.credential(updated));
    }

    private static ApiResponse deleteCredential(OperationContext ctx) {
        CredentialList old = list(ctx);
        String username = ctx.param("username");
        Credential existing = old.credential(username)
                .orElseThrow(() -> ApiException.notFound("Credential", username));
        List<Credential> creds = new ArrayList<>(old.credentials());
        creds.remove(existing);
        ctx.project().credentialLists().put(old.id(), new CredentialList(old.id(), old.projectId(), old.name(),
                creds, old.createTime(), ctx.stamp()));
        return ApiResponse.noContent();
    }
}
