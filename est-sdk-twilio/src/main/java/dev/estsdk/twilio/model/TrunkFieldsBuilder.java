package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

/**
 * The setters the trunk create and update builders share: the same writable fields, sent only
 * when set.
 *
 * @param <B> the concrete builder
 */
abstract class TrunkFieldsBuilder<B extends TrunkFieldsBuilder<B>> {
    @Nullable String friendlyName;
    @Nullable String domainName;
    @Nullable String disasterRecoveryUrl;
    @Nullable HttpMethod disasterRecoveryMethod;
    @Nullable TransferMode transferMode;
    @Nullable TransferCallerId transferCallerId;
    @Nullable Boolean secure;
    @Nullable Boolean cnamLookupEnabled;

    TrunkFieldsBuilder() {
    }

    abstract B self();

    /**
     * Sets the friendly name ({@code FriendlyName}).
     *
     * @param friendlyName up to 64 characters
     * @return this builder
     */
    public B friendlyName(String friendlyName) {
        this.friendlyName = friendlyName;
        return self();
    }

    /**
     * Sets the termination domain ({@code DomainName}).
     *
     * @param domainName e.g. {@code acme-hq.pstn.twilio.com}
     * @return this builder
     */
    public B domainName(String domainName) {
        this.domainName = domainName;
        return self();
    }

    /**
     * Sets the disaster-recovery URL ({@code DisasterRecoveryUrl}).
     *
     * @param disasterRecoveryUrl an absolute http(s) URL
     * @return this builder
     */
    public B disasterRecoveryUrl(String disasterRecoveryUrl) {
        this.disasterRecoveryUrl = disasterRecoveryUrl;
        return self();
    }

    /**
     * Sets how the disaster-recovery URL is fetched ({@code DisasterRecoveryMethod}).
     *
     * @param disasterRecoveryMethod {@link HttpMethod#GET} or {@link HttpMethod#POST}
     * @return this builder
     */
    public B disasterRecoveryMethod(HttpMethod disasterRecoveryMethod) {
        this.disasterRecoveryMethod = disasterRecoveryMethod;
        return self();
    }

    /**
     * Sets the transfer mode ({@code TransferMode}).
     *
     * @param transferMode one of the {@link TransferMode} constants
     * @return this builder
     */
    public B transferMode(TransferMode transferMode) {
        this.transferMode = transferMode;
        return self();
    }

    /**
     * Sets whose caller ID a transfer target sees ({@code TransferCallerId}).
     *
     * @param transferCallerId one of the {@link TransferCallerId} constants
     * @return this builder
     */
    public B transferCallerId(TransferCallerId transferCallerId) {
        this.transferCallerId = transferCallerId;
        return self();
    }

    /**
     * Turns secure trunking on or off ({@code Secure}).
     *
     * @param secure true to accept only TLS and SRTP
     * @return this builder
     */
    public B secure(boolean secure) {
        this.secure = secure;
        return self();
    }

    /**
     * Turns caller-name lookups on or off ({@code CnamLookupEnabled}).
     *
     * @param cnamLookupEnabled true to look up caller names on inbound calls
     * @return this builder
     */
    public B cnamLookupEnabled(boolean cnamLookupEnabled) {
        this.cnamLookupEnabled = cnamLookupEnabled;
        return self();
    }
}
