package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A SIP trunk as the server reports it: the project's connection between a PBX/SBC and the
 * PSTN, with its own SIP domain. An output: the record holds what the server sent, unchecked.
 * Create one with {@link CreateSipTrunkRequest}; change one with {@link #toUpdate()}.
 *
 * <p><b>The domain trap:</b> SIP traffic (INVITE, REGISTER) must target {@link #domain()}, i.e.
 * {@code {hostName}.pstn.sinch.com}; the generic {@code trunk.pstn.sinch.com} answers SIP 404.
 * @param id                the trunk id (a ULID-like string)
 * @param name              friendly name
 * @param hostName          the first label of the trunk's SIP domain
 * @param topLevelDomain    e.g. {@code pstn.sinch.com}
 * @param domain            {@code hostName + "." + topLevelDomain}, the only address SIP traffic
 *                          for this trunk may target
 * @param callsPerSecond    the calls-per-second limit (1 unless Sinch raised it); exceeding it
 *                          makes outbound INVITEs fail with SIP 603
 * @param enableCallerName  whether inbound calls get a caller-name (CNAM) lookup; US/Canada only
 * @param callForwardNumber E.164 number that receives inbound calls no endpoint can take, or null
 * @param enableCallForward whether undeliverable inbound calls go to {@code callForwardNumber}
 *                          (billed as two calls, no PCAP)
 * @param createTime        when the trunk was created
 * @param updateTime        when it last changed, null until then
 * @param projectId         the owning project
 */
public record SipTrunk(String id, String name, String hostName, @Nullable String topLevelDomain,
                       @Nullable String domain, @Nullable Integer callsPerSecond, boolean enableCallerName,
                       @Nullable String callForwardNumber, boolean enableCallForward,
                       @Nullable Instant createTime, @Nullable Instant updateTime, @Nullable String projectId) {

    /**
     * {@return a full-replacement update of this trunk holding its current writable values}
     * {@code trunks.update(trunk.toUpdate().name("New name").build())}
     */
    public UpdateSipTrunkRequest.Builder toUpdate() {
        return UpdateSipTrunkRequest.from(this);
    }
}
