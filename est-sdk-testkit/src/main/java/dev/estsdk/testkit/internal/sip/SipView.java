package dev.estsdk.testkit.internal.sip;

import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.BlockingRule;
import dev.estsdk.testkit.internal.model.CountryPermission;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.OwnedNumber;
import dev.estsdk.testkit.internal.model.Trunk;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one project's configuration looks like to the SIP edge: the configuration as it was
 * {@code propagationDelay} ago. It is a replica kept up to date one change at a time by
 * {@link PropagationLog}, so a change costs what it touched whatever the project's size; read it
 * only inside {@link PropagationLog#read}. Records are immutable and shared with the live state.
 */
public final class SipView {

    private final Map<String, Trunk> trunks = new HashMap<>();
    private final Map<String, String> trunkByDomain = new HashMap<>();
    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final Map<String, Map<String, Endpoint>> endpointsByTrunk = new HashMap<>();
    private final Map<String, AccessControlList> acls = new HashMap<>();
    private final Map<String, CredentialList> credentialLists = new HashMap<>();
    private final Map<String, List<String>> aclLinks = new HashMap<>();
    private final Map<String, List<String>> credentialListLinks = new HashMap<>();
    private final Map<String, String> numberToTrunk = new HashMap<>();
    private final Map<String, CountryPermission> countries = new HashMap<>();
    private final Map<String, BlockingRule> blockingRules = new LinkedHashMap<>();

    SipView() {
    }

    /**
     * @param domain a SIP domain, case-insensitive
     * @return the trunk with that domain
     */
    public Optional<Trunk> trunkByDomain(String domain) {
        String id = trunkByDomain.get(domain.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(id == null ? null : trunks.get(id));
    }

    /**
     * @param trunkId a trunk id
     * @return the trunk, or null
     */
    public Trunk trunk(String trunkId) {
        return trunks.get(trunkId);
    }

    /**
     * @param trunkId a trunk id
     * @return the ACLs linked to it, in link order
     */
    public List<AccessControlList> linkedAcls(String trunkId) {
        return aclLinks.getOrDefault(trunkId, List.of()).stream().map(acls::get).filter(Objects::nonNull).toList();
    }

    /**
     * @param trunkId a trunk id
     * @return the credential lists linked to it, in link order
     */
    public List<CredentialList> linkedCredentialLists(String trunkId) {
        return credentialListLinks.getOrDefault(trunkId, List.of()).stream().map(credentialLists::get)
                .filter(Objects::nonNull).toList();
    }

    /**
     * @param trunkId a trunk id
     * @return its endpoints in creation order
     */
    public List<Endpoint> endpoints(String trunkId) {
        Map<String, Endpoint> own = endpointsByTrunk.get(trunkId);
        return own == null ? List.of() : List.copyOf(own.values());
    }

    /**
     * @param e164 a number
     * @return the id of the trunk it is assigned to, or null
     */
    public String trunkOfNumber(String e164) {
        return numberToTrunk.get(e164);
    }

    /**
     * @param isoCode an ISO country code
     * @return its permission, or null
     */
    public CountryPermission country(String isoCode) {
        return countries.get(isoCode);
    }

    /** @return the call blocking rules in creation order */
    public List<BlockingRule> blockingRules() {
        return List.copyOf(blockingRules.values());
    }

    @SuppressWarnings("unchecked")
    void apply(PropagationLog.Delta d) {
        String key = d.key();
        Object value = d.value();
        switch (d.kind()) {
            case TRUNK -> {
                Trunk old = value == null ? trunks.remove(key) : trunks.put(key, (Trunk) value);
                if (old != null) {
                    trunkByDomain.remove(old.domain().toLowerCase(Locale.ROOT));
                }
                if (value != null) {
                    trunkByDomain.put(((Trunk) value).domain().toLowerCase(Locale.ROOT), key);
                }
            }
            case ENDPOINT -> {
                Endpoint old = value == null ? endpoints.remove(key) : endpoints.put(key, (Endpoint) value);
                if (value != null) {
                    Endpoint e = (Endpoint) value;
                    endpointsByTrunk.computeIfAbsent(e.trunkId(), k -> new LinkedHashMap<>()).put(key, e);
                } else if (old != null) {
                    Map<String, Endpoint> own = endpointsByTrunk.get(old.trunkId());
                    if (own != null) {
                        own.remove(key);
                        if (own.isEmpty()) {
                            endpointsByTrunk.remove(old.trunkId());
                        }
                    }
                }
            }
            case ACL -> put(acls, key, (AccessControlList) value);
            case CREDENTIAL_LIST -> put(credentialLists, key, (CredentialList) value);
            case ACL_LINKS -> put(aclLinks, key, emptyToNull((List<String>) value));
            case CREDENTIAL_LIST_LINKS -> put(credentialListLinks, key, emptyToNull((List<String>) value));
            case NUMBER -> {
                OwnedNumber n = (OwnedNumber) value;
                put(numberToTrunk, key, n == null ? null : n.sipTrunkId());
            }
            case COUNTRY -> put(countries, key, (CountryPermission) value);
            case BLOCKING_RULE -> put(blockingRules, key, (BlockingRule) value);
            default -> throw new IllegalStateException("unknown change kind " + d.kind());
        }
    }

    private static List<String> emptyToNull(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : ids;
    }

    private static <T> void put(Map<String, T> map, String key, T value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }
}
