package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.CallBlockingRule;

import java.util.function.Consumer;

/**
 * Project-wide rules that block calls by direction, country and number prefix
 * (operations 45 to 48).
 *
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way. {@link #list()} fetches nothing
 * until iteration starts.
 */
public interface CallBlockingRules {

    /**
     * Lists the project's rules (#45, {@code GET /callBlockingRules}), lazily.
     *
     * @return the rules; nothing is fetched until iteration starts
     */
    PagedIterable<CallBlockingRule> list();

    /**
     * Creates a rule (#46, {@code POST /callBlockingRules}).
     *
     * @param rule the writable fields; {@code direction} is required
     * @return the created rule
     * @throws EstValidationException if the rule breaks a builder rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    CallBlockingRule create(CallBlockingRule rule);

    /**
     * Creates a rule described on a fresh {@link CallBlockingRule.Builder} (#46):
     * {@code create(r -> r.direction(Direction.INBOUND).callerCountry("US"))}.
     *
     * @param rule sets the rule's fields
     * @return the created rule
     * @throws EstValidationException if the rule breaks a builder rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
     */
    default CallBlockingRule create(Consumer<CallBlockingRule.Builder> rule) {
        CallBlockingRule.Builder builder = CallBlockingRule.builder();
        rule.accept(builder);
        return create(builder.build());
    }

    /**
     * Replaces a rule's writable fields (#47, {@code PUT /callBlockingRules/{id}}): this is a
     * full replacement, every writable field is sent and a value left null is stored as
     * null/default by the server. Read-only fields are never sent. Start from the listed rule's
     * {@code toBuilder()}.
     *
     * @param ruleId the rule id
     * @param rule   the complete new writable state
     * @return the updated rule
     * @throws EstValidationException if the id is blank or the rule breaks a builder rule
     * @throws NotFoundException      if no rule has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    CallBlockingRule update(String ruleId, CallBlockingRule rule);

    /**
     * Deletes a rule (#48, {@code DELETE /callBlockingRules/{id}}).
     *
     * @param ruleId the rule id
     * @throws EstValidationException if the id is null or blank
     * @throws NotFoundException      if no rule has this id
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    void delete(String ruleId);
}
