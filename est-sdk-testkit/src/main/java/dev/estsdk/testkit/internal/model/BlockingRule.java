package dev.estsdk.testkit.internal.model;

import java.time.Instant;

/**
 * A call blocking rule. INBOUND rules match the caller, OUTBOUND rules the callee.
 *
 * @param id rule id
 * @param projectId owning project
 * @param name name, may be null
 * @param direction {@code INBOUND} or {@code OUTBOUND}
 * @param callerCountry ISO country of inbound callers to block, or null
 * @param callerMatch caller-number prefix, or null
 * @param calleeCountry ISO country of outbound destinations to block, or null
 * @param calleeMatch dialled-number prefix, or null
 * @param createTime creation time
 * @param updateTime last update, or null
 */
public record BlockingRule(String id, String projectId, String name, String direction, String callerCountry,
        String callerMatch, String calleeCountry, String calleeMatch, Instant createTime, Instant updateTime) {
}
