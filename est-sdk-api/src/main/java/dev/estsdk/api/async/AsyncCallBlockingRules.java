package dev.estsdk.api.async;

import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.CallBlockingRules}, returning futures. Operations,
 * rules and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncCallBlockingRules {

    /** {@return the project's rules; see {@link dev.estsdk.api.CallBlockingRules#list()}} */
    AsyncPagedIterable<CallBlockingRule> list();

    /**
     * {@return a future of the created rule; see
     * {@link dev.estsdk.api.CallBlockingRules#create(CreateCallBlockingRuleRequest)}}
     * @param request the new rule's writable fields
     */
    CompletableFuture<CallBlockingRule> create(CreateCallBlockingRuleRequest request);

    /**
     * {@return a future of the created rule; see
     * {@link dev.estsdk.api.CallBlockingRules#create(Consumer)}}
     * @param request sets the new rule's fields
     */
    default CompletableFuture<CallBlockingRule> create(Consumer<CreateCallBlockingRuleRequest.Builder> request) {
        CreateCallBlockingRuleRequest.Builder builder = CreateCallBlockingRuleRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * {@return a future of the updated rule; see
     * {@link dev.estsdk.api.CallBlockingRules#update(UpdateCallBlockingRuleRequest)}}
     * @param request the rule to change and its complete new writable state
     */
    CompletableFuture<CallBlockingRule> update(UpdateCallBlockingRuleRequest request);

    /**
     * {@return a future of the updated rule; see
     * {@link dev.estsdk.api.CallBlockingRules#update(CallBlockingRule, Consumer)}}
     * @param rule   the rule as read from the server
     * @param change edits a builder holding the rule's current writable values
     */
    default CompletableFuture<CallBlockingRule> update(CallBlockingRule rule,
                                                       Consumer<UpdateCallBlockingRuleRequest.Builder> change) {
        UpdateCallBlockingRuleRequest.Builder builder = rule.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * {@return a future completing once the rule is deleted; see
     * {@link dev.estsdk.api.CallBlockingRules#delete(String)}}
     * @param ruleId the rule id
     */
    CompletableFuture<Void> delete(String ruleId);
}
