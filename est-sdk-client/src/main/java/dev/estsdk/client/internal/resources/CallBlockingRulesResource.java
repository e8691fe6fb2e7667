package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncCallBlockingRules;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.CallBlockingRuleApi.Rule;

import java.util.concurrent.CompletableFuture;
import java.util.Objects;

/** {@link AsyncCallBlockingRules} over {@link CallBlockingRuleApi}. */
final class CallBlockingRulesResource implements AsyncCallBlockingRules {

    private static final String RULES = "/v1/projects/{projectId}/callBlockingRules";
    private static final String RULE = RULES + "/{callBlockingRuleId}";

    static final Operation LIST = new Operation("GetBlockingRules", "GET", RULES);
    static final Operation CREATE = new Operation("CreateBlockingRule", "POST", RULES);
    static final Operation UPDATE = new Operation("UpdateBlockingRuleById", "PUT", RULE);
    static final Operation DELETE = new Operation("DeleteBlockingRuleById", "DELETE", RULE);

    private final String project;
    private final CallBlockingRuleApi api;
    private final Runner calls;

    CallBlockingRulesResource(String encodedProjectId, CallBlockingRuleApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public AsyncPagedIterable<CallBlockingRule> list() {
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, page, size, opts), Rule::toModel);
    }

    @Override
    public CompletableFuture<CallBlockingRule> create(CreateCallBlockingRuleRequest request) {
        JsonBody body = Rule.write(Objects.requireNonNull(request, "request"), JsonBody.forCreate());
        return calls.fetch(CREATE, opts -> api.create(project, body, opts), Rule::toModel);
    }

    @Override
    public CompletableFuture<CallBlockingRule> update(UpdateCallBlockingRuleRequest request) {
        String id = PathSegments.encode("ruleId", Objects.requireNonNull(request, "request").ruleId());
        JsonBody body = Rule.write(request, JsonBody.forReplacement());
        return calls.fetch(UPDATE, opts -> api.update(project, id, body, opts), Rule::toModel);
    }

    @Override
    public CompletableFuture<Void> delete(String ruleId) {
        String id = PathSegments.encode("ruleId", ruleId);
        return calls.run(DELETE, opts -> api.delete(project, id, opts));
    }
}
