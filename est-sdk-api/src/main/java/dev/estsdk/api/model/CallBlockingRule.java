package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A project-wide rule that blocks calls, as the server reports it (an output: held as sent,
 * unchecked). An {@link Direction#INBOUND} rule matches incoming calls by the caller
 * ({@code callerCountry}, {@code callerMatch} = caller-number prefix); an
 * {@link Direction#OUTBOUND} rule matches outgoing calls by the destination
 * ({@code calleeCountry}, {@code calleeMatch} = dialled-number prefix). Create one with
 * {@link CreateCallBlockingRuleRequest}; change one with {@link #toUpdate()}.
 * @param id            the rule id
 * @param name          friendly name, or null
 * @param direction     which calls the rule applies to, or null if the server sent none
 * @param callerCountry inbound: ISO 3166-1 alpha-2 country of the caller, or null
 * @param callerMatch   inbound: prefix of the caller number, or null
 * @param calleeCountry outbound: ISO 3166-1 alpha-2 country of the destination, or null
 * @param calleeMatch   outbound: prefix of the dialled number, or null
 * @param createTime    when it was created
 * @param updateTime    when it last changed, null until then
 * @param projectId     the owning project
 */
public record CallBlockingRule(String id, @Nullable String name, @Nullable Direction direction, @Nullable String callerCountry,
                               @Nullable String callerMatch, @Nullable String calleeCountry,
                               @Nullable String calleeMatch, @Nullable Instant createTime,
                               @Nullable Instant updateTime, @Nullable String projectId) {

    /** {@return a full-replacement update of this rule holding its current writable values} */
    public UpdateCallBlockingRuleRequest.Builder toUpdate() {
        return UpdateCallBlockingRuleRequest.from(this);
    }
}
