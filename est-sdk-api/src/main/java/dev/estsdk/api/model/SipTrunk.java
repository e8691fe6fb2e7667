package dev.estsdk.api.model;

import java.time.Instant;

/**
 * A SIP trunk: the project's connection between a PBX/SBC and the PSTN, with its own SIP domain.
 *
 * <p>Writable fields (sent by create and update): {@code name}, {@code hostName},
 * {@code enableCallerName}, {@code callForwardNumber}, {@code enableCallForward}. Everything else
 * is set by the server and never sent.
 *
 * <p><b>The domain trap:</b> SIP traffic (INVITE, REGISTER) must target {@link #domain()}, i.e.
 * {@code {hostName}.pstn.sinch.com}; the generic {@code trunk.pstn.sinch.com} answers SIP 404.
 *
 * <pre>{@code
 * SipTrunk trunk = SipTrunk.builder().name("Acme HQ").hostName("acme-hq").build();
 * }</pre>
 *
 * @param id                read-only; the trunk id (a ULID-like string)
 * @param name              friendly name; required, not blank
 * @param hostName          the first label of the trunk's SIP domain: 1 to 63 letters, digits or
 *                          hyphens, unique in EST; required
 * @param topLevelDomain    read-only; e.g. {@code pstn.sinch.com}
 * @param domain            read-only; {@code hostName + "." + topLevelDomain}, the only address
 *                          SIP traffic for this trunk may target
 * @param callsPerSecond    read-only; the calls-per-second limit (default 1); exceeding it makes
 *                          outbound INVITEs fail with SIP 603; raised only by Sinch
 * @param enableCallerName  whether inbound calls get a caller-name (CNAM) lookup; US/Canada only
 * @param callForwardNumber E.164 number that receives inbound calls no endpoint can take; null or
 *                          empty when unset; required when {@code enableCallForward}
 * @param enableCallForward whether undeliverable inbound calls go to {@code callForwardNumber}
 *                          (billed as two calls, no PCAP)
 * @param createTime        read-only; when the trunk was created
 * @param updateTime        read-only; when it last changed, null until then
 * @param projectId         read-only; the owning project
 */
public record SipTrunk(String id, String name, String hostName, String topLevelDomain, String domain,
                       Integer callsPerSecond, boolean enableCallerName, String callForwardNumber,
                       boolean enableCallForward, Instant createTime, Instant updateTime,
                       String projectId) {

    /**
     * The calls-per-second limit every trunk starts with. The API cannot change it (only Sinch
     * raises it on request), so creating a trunk that asks for more is refused.
     */
    public static final int DEFAULT_CALLS_PER_SECOND = 1;

    /**
     * Starts an empty trunk; set at least {@code name} and {@code hostName}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this trunk: the way to change a fetched trunk
     * before a full-replacement {@code update}.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .hostName(hostName)
                .topLevelDomain(topLevelDomain)
                .domain(domain)
                .callsPerSecond(callsPerSecond)
                .enableCallerName(enableCallerName)
                .callForwardNumber(callForwardNumber)
                .enableCallForward(enableCallForward)
                .createTime(createTime)
                .updateTime(updateTime)
                .projectId(projectId);
    }

    /** Builds a {@link SipTrunk}; {@link #build()} checks the writable fields. */
    public static final class Builder extends ResourceBuilder<Builder> {
        private String name;
        private String hostName;
        private String topLevelDomain;
        private String domain;
        private Integer callsPerSecond;
        private boolean enableCallerName;
        private String callForwardNumber;
        private boolean enableCallForward;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the friendly name.
         *
         * @param name required, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the host name, the first label of the trunk's SIP domain: {@code acme-hq} gives
         * {@code acme-hq.pstn.sinch.com}. Give the label only, never a full domain.
         *
         * @param hostName 1 to 63 letters, digits or hyphens; required
         * @return this builder
         */
        public Builder hostName(String hostName) {
            this.hostName = hostName;
            return this;
        }

        /**
         * Sets the top-level domain. Read-only on the server.
         *
         * @param topLevelDomain e.g. {@code pstn.sinch.com}
         * @return this builder
         */
        public Builder topLevelDomain(String topLevelDomain) {
            this.topLevelDomain = topLevelDomain;
            return this;
        }

        /**
         * Sets the SIP domain. Read-only on the server, which derives it from the host name.
         *
         * @param domain e.g. {@code acme-hq.pstn.sinch.com}
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /**
         * Sets the calls-per-second limit. Read-only on the server: updates never send it, and
         * {@code SipTrunks.create} refuses a value above the default of 1, which only Sinch can
         * raise. It is here so that a trunk read from the server can be copied with {@code toBuilder()}.
         *
         * @param callsPerSecond the limit, or null
         * @return this builder
         */
        public Builder callsPerSecond(Integer callsPerSecond) {
            this.callsPerSecond = callsPerSecond;
            return this;
        }

        /**
         * Enables or disables the caller-name (CNAM) lookup of inbound calls (US/Canada).
         *
         * @param enableCallerName default false
         * @return this builder
         */
        public Builder enableCallerName(boolean enableCallerName) {
            this.enableCallerName = enableCallerName;
            return this;
        }

        /**
         * Sets the number that receives inbound calls no endpoint can take.
         *
         * @param callForwardNumber an E.164 number, or null/empty for none
         * @return this builder
         */
        public Builder callForwardNumber(String callForwardNumber) {
            this.callForwardNumber = callForwardNumber;
            return this;
        }

        /**
         * Enables or disables call forwarding to {@code callForwardNumber}.
         *
         * @param enableCallForward default false; true needs a call forward number
         * @return this builder
         */
        public Builder enableCallForward(boolean enableCallForward) {
            this.enableCallForward = enableCallForward;
            return this;
        }

        /**
         * Checks the writable fields and builds the trunk.
         *
         * @return the trunk
         * @throws dev.estsdk.api.exception.EstValidationException listing every broken rule:
         *         blank name; host name missing, longer than 63 or with a character other than
         *         a letter, digit or hyphen (a dot included); a call forward number that is not
         *         E.164, or missing while call forwarding is enabled
         */
        public SipTrunk build() {
            Check check = Check.of("SipTrunk");
            check.notBlank("name", name);
            check.hostName("hostName", hostName);
            boolean hasForwardNumber = callForwardNumber != null && !callForwardNumber.isEmpty();
            if (hasForwardNumber) {
                check.e164IfSet("callForwardNumber", callForwardNumber);
            } else if (enableCallForward) {
                check.fail("callForwardNumber", "is required when enableCallForward is true");
            }
            check.throwIfInvalid();
            return new SipTrunk(id, name, hostName, topLevelDomain, domain, callsPerSecond,
                    enableCallerName, callForwardNumber, enableCallForward, createTime, updateTime,
                    projectId);
        }
    }
}
