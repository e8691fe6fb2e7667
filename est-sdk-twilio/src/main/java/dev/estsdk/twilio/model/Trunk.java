package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An Elastic SIP trunk as Twilio returns it (Trunking v1). Every field is server output: create
 * a trunk with a {@link CreateTrunkRequest} and change it with an {@link UpdateTrunkRequest}, so
 * that server-owned fields (SID, dates, URLs, {@code auth_type}) can never be sent. The
 * constructor accepts whatever the server sent: absent values are null (or false, or empty
 * collections), nothing is checked.
 *
 * <p>SIP traffic for the trunk (termination) goes to {@link #domainName()}; the trunk accepts it
 * only once an IP access control list or a credential list (or both, then both are enforced) is
 * associated, which {@link #authType()} reflects.
 *
 * @param sid                    the trunk SID, {@code TK} + 32 hex digits
 * @param accountSid             the owning account, {@code AC…}
 * @param friendlyName           the name; may be empty or null when never set
 * @param domainName             the termination URI, {@code {name}.pstn.twilio.com}; null when not set
 * @param disasterRecoveryUrl    the TwiML URL used when no origination URL can take a call; null when unset
 * @param disasterRecoveryMethod how {@code disasterRecoveryUrl} is fetched; null when unset
 * @param secure                 whether only TLS signalling and SRTP media are accepted
 * @param cnamLookupEnabled      whether inbound calls get a caller-name lookup (US/Canada)
 * @param symmetricRtpEnabled    whether media is sent back to where it comes from; read-only on the API
 * @param transferMode           whether SIP REFER transfers are accepted; null when Twilio did not say
 * @param transferCallerId       whose caller ID a transfer target sees; null when Twilio did not say
 * @param recording              the recording setting; null when Twilio did not send it
 * @param authType               what authenticates termination traffic, e.g. {@code IP_ACL},
 *                               {@code CREDENTIAL_LIST}; empty when nothing is associated
 * @param authTypeSet            the same as a list (Twilio marks it reserved); never null
 * @param dateCreated            when the trunk was created
 * @param dateUpdated            when it last changed
 * @param url                    the trunk's absolute API URL
 * @param links                  absolute URLs of the sub-resources, keyed {@code origination_urls},
 *                               {@code credential_lists}, {@code ip_access_control_lists},
 *                               {@code phone_numbers}; never null
 */
public record Trunk(String sid, @Nullable String accountSid, @Nullable String friendlyName, @Nullable String domainName,
                    @Nullable String disasterRecoveryUrl, @Nullable HttpMethod disasterRecoveryMethod, boolean secure,
                    boolean cnamLookupEnabled, boolean symmetricRtpEnabled, @Nullable TransferMode transferMode,
                    @Nullable TransferCallerId transferCallerId, @Nullable Recording recording, String authType,
                    List<String> authTypeSet, @Nullable Instant dateCreated, @Nullable Instant dateUpdated, @Nullable String url,
                    Map<String, String> links) {

    /**
     * Creates a trunk from server output; null collections become empty and are copied.
     *
     * @param sid                    the trunk SID
     * @param accountSid             the account SID
     * @param friendlyName           the name
     * @param domainName             the domain name
     * @param disasterRecoveryUrl    the disaster-recovery URL
     * @param disasterRecoveryMethod the disaster-recovery method
     * @param secure                 secure trunking
     * @param cnamLookupEnabled      CNAM lookup
     * @param symmetricRtpEnabled    symmetric RTP
     * @param transferMode           the transfer mode
     * @param transferCallerId       the transfer caller ID
     * @param recording              the recording setting
     * @param authType               the authentication types
     * @param authTypeSet            the authentication types as a list
     * @param dateCreated            the creation time
     * @param dateUpdated            the last-update time
     * @param url                    the API URL
     * @param links                  the sub-resource URLs
     */
    public Trunk {
        authTypeSet = Maps.listOf(authTypeSet);
        links = Maps.copyOf(links);
        authType = authType == null ? "" : authType;
    }

    /**
     * Whether termination traffic is authenticated by source IP: an IP access control list is
     * associated.
     *
     * @return true when {@link #authType()} names {@code IP_ACL}
     */
    public boolean usesIpAccessControl() {
        return authType.contains("IP_ACL") || authTypeSet.contains("IP_ACL");
    }

    /**
     * Whether termination traffic is authenticated by digest credentials: a credential list is
     * associated.
     *
     * @return true when {@link #authType()} names {@code CREDENTIAL_LIST}
     */
    public boolean usesCredentials() {
        return authType.contains("CREDENTIAL_LIST") || authTypeSet.contains("CREDENTIAL_LIST");
    }
}
