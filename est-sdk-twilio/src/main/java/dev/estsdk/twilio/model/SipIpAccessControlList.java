package dev.estsdk.twilio.model;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * An account-level IP access control list (2010 API): a named set of IPv4 networks that can be
 * associated with any number of trunks. Create it with its name, then add entries with a
 * {@link CreateIpAddressRequest}; a new list is empty.
 *
 * @param sid             the SID, {@code AL} + 32 hex digits
 * @param accountSid      the owning account
 * @param friendlyName    the name, up to 255 characters
 * @param dateCreated     when it was created
 * @param dateUpdated     when it last changed
 * @param subresourceUris relative URIs of sub-resources, keyed {@code ip_addresses}; never null
 * @param uri             its URI relative to the API host, ending in {@code .json}
 */
public record SipIpAccessControlList(String sid, @Nullable String accountSid, @Nullable String friendlyName, @Nullable Instant dateCreated,
                                     @Nullable Instant dateUpdated, Map<String, String> subresourceUris, @Nullable String uri) {

    /**
     * Creates a list from server output; a null map becomes empty and maps are copied.
     *
     * @param sid             the SID
     * @param accountSid      the account SID
     * @param friendlyName    the name
     * @param dateCreated     the creation time
     * @param dateUpdated     the last-update time
     * @param subresourceUris sub-resource URIs
     * @param uri             the URI
     */
    public SipIpAccessControlList {
        subresourceUris = Maps.copyOf(subresourceUris);
    }
}
