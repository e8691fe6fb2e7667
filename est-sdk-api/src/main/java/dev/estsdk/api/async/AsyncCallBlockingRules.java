package dev.estsdk.api.async;

import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.CallBlockingRules}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncCallBlockingRules {

    /**
     * Lists the call blocking rules.
     *
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<CallBlockingRule> list();

    /**
     * Creates a call blocking rule.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<CallBlockingRule> create(CreateCallBlockingRuleRequest request);

    /**
     * Creates a call blocking rule described on a fresh builder.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CallBlockingRule> create(Consumer<CreateCallBlockingRuleRequest.Builder> request) {
        CreateCallBlockingRuleRequest.Builder builder = CreateCallBlockingRuleRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * Replaces a call blocking rule, a full replacement.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<CallBlockingRule> update(UpdateCallBlockingRuleRequest request);

    /**
     * Sends a full replacement made of a listed rule's writable values with some changed.
     *
     * @param rule   see the synchronous method
     * @param change see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CallBlockingRule> update(CallBlockingRule rule,
                                                       Consumer<UpdateCallBlockingRuleRequest.Builder> change) {
        UpdateCallBlockingRuleRequest.Builder builder = rule.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a call blocking rule.
     *
     * @param ruleId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> delete(String ruleId);
}
