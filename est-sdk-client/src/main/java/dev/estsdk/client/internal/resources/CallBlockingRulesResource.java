package dev.estsdk.client.internal.resources;

import dev.estsdk.api.CallBlockingRules;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.client.internal.CallRunner;
import dev.estsdk.client.internal.Operation;
import dev.estsdk.client.internal.resources.CallBlockingRuleApi.Rule;

import java.util.Objects;

/** {@link CallBlockingRules} over {@link CallBlockingRuleApi}. */
final class CallBlockingRulesResource implements CallBlockingRules {

    private static final String RULES = "/v1/projects/{projectId}/callBlockingRules";
    private static final String RULE = RULES + "/{callBlockingRuleId}";

    static final Operation LIST = new Operation("GetBlockingRules", "GET", RULES);
    static final Operation CREATE = new Operation("CreateBlockingRule", "POST", RULES);
    static final Operation UPDATE = new Operation("UpdateBlockingRuleById", "PUT", RULE);
    static final Operation DELETE = new Operation("DeleteBlockingRuleById", "DELETE", RULE);

    private final String project;
    private final CallBlockingRuleApi api;
    private final CallRunner calls;

    CallBlockingRulesResource(String encodedProjectId, CallBlockingRuleApi api, CallRunner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public PagedIterable<CallBlockingRule> list() {
        return Paging.list(calls, LIST, (page, size, opts) -> api.list(project, page, size, opts), Rule::toModel);
    }

    @Override
    public CallBlockingRule create(CallBlockingRule rule) {
        JsonBody body = Rule.write(checked(rule), JsonBody.forCreate());
        return Exchanges.fetch(calls, CREATE, opts -> api.create(project, body, opts), Rule::toModel);
    }

    @Override
    public CallBlockingRule update(String ruleId, CallBlockingRule rule) {
        String id = PathSegments.encode("ruleId", ruleId);
        JsonBody body = Rule.write(checked(rule), JsonBody.forReplacement());
        return Exchanges.fetch(calls, UPDATE, opts -> api.update(project, id, body, opts), Rule::toModel);
    }

    @Override
    public void delete(String ruleId) {
        String id = PathSegments.encode("ruleId", ruleId);
        Exchanges.run(calls, DELETE, opts -> api.delete(project, id, opts));
    }

    /** Re-checks builder rules: a record made through its constructor skips them. */
    private static CallBlockingRule checked(CallBlockingRule rule) {
        return Objects.requireNonNull(rule, "rule").toBuilder().build();
    }
}
