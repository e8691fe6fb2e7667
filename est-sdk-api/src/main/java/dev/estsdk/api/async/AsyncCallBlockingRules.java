package dev.estsdk.api.async;

import dev.estsdk.api.model.CallBlockingRule;

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
     * @param rule see the synchronous method
     * @return the future result
     */
    CompletableFuture<CallBlockingRule> create(CallBlockingRule rule);

    /**
     * Creates a call blocking rule described on a fresh builder.
     *
     * @param rule see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CallBlockingRule> create(Consumer<CallBlockingRule.Builder> rule) {
        CallBlockingRule.Builder builder = CallBlockingRule.builder();
        rule.accept(builder);
        return create(builder.build());
    }

    /**
     * Replaces a call blocking rule.
     *
     * @param ruleId see the synchronous method
     * @param rule see the synchronous method
     * @return the future result
     */
    CompletableFuture<CallBlockingRule> update(String ruleId, CallBlockingRule rule);

    /**
     * Deletes a call blocking rule.
     *
     * @param ruleId see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> delete(String ruleId);
}
