package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;

import java.util.function.Consumer;

/**
 * Project-wide rules that block calls by direction, country and number prefix (operations 45 to
 * 48).
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. An id that is null, blank or not a
 * path segment, or a request breaking a rule, throws {@link EstValidationException} before any
 * request; a null request or callback throws {@link NullPointerException}. {@link #list()} fetches
 * nothing until iteration starts.
 */
public interface CallBlockingRules {

    /** {@return the project's rules (#45, {@code GET /callBlockingRules})} */
    PagedIterable<CallBlockingRule> list();

    /**
     * Creates a rule (#46, {@code POST /callBlockingRules}).
     * @param request the new rule's writable fields
     * @return the created rule
     */
    CallBlockingRule create(CreateCallBlockingRuleRequest request);

    /**
     * Creates a rule described on a fresh builder (#46):
     * {@code create(r -> r.direction(Direction.INBOUND).callerCountry("US"))}.
     * @param request sets the new rule's fields
     * @return the created rule
     */
    default CallBlockingRule create(Consumer<CreateCallBlockingRuleRequest.Builder> request) {
        CreateCallBlockingRuleRequest.Builder builder = CreateCallBlockingRuleRequest.builder();
        request.accept(builder);
        return create(builder.build());
    }

    /**
     * Replaces a rule's writable fields, a full replacement (#47, {@code PUT /callBlockingRules/{id}}):
     * a value left null is stored as null by the server, so start from the listed rule's
     * {@code toUpdate()}.
     * @param request the rule to change and its complete new writable state
     * @return the updated rule
     * @throws NotFoundException if no rule has the request's id
     */
    CallBlockingRule update(UpdateCallBlockingRuleRequest request);

    /**
     * Sends a full replacement made of a listed rule's writable values with some changed (#47):
     * {@code update(rule, r -> r.direction(Direction.OUTBOUND))}.
     * @param rule   the rule as read from the server
     * @param change edits a builder holding the rule's current writable values
     * @return the updated rule
     * @throws NotFoundException if the rule no longer exists
     */
    default CallBlockingRule update(CallBlockingRule rule, Consumer<UpdateCallBlockingRuleRequest.Builder> change) {
        UpdateCallBlockingRuleRequest.Builder builder = rule.toUpdate();
        change.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes a rule (#48, {@code DELETE /callBlockingRules/{id}}).
     * @param ruleId the rule id
     * @throws NotFoundException if no rule has this id
     */
    void delete(String ruleId);
}
