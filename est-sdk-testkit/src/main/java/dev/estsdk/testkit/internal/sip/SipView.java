package dev.estsdk.testkit.internal.sip;

import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.BlockingRule;
import dev.estsdk.testkit.internal.model.CountryPermission;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.Trunk;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable picture of what one project's configuration looks like to the SIP edge at one
 * moment. The edge only ever sees a picture that is at least the propagation delay old.
 *
 * @param trunks trunks by id
 * @param linkedAcls per trunk id, the ACLs linked to it
 * @param linkedCredentialLists per trunk id, the credential lists linked to it
 * @param endpoints per trunk id, its endpoints
 * @param numberToTrunk assigned E.164 number to trunk id
 * @param countries country permissions by ISO code
 * @param blockingRules the project's call blocking rules
 */
public record SipView(Map<String, Trunk> trunks, Map<String, List<AccessControlList>> linkedAcls,
        Map<String, List<CredentialList>> linkedCredentialLists, Map<String, List<Endpoint>> endpoints,
        Map<String, String> numberToTrunk, Map<String, CountryPermission> countries,
        List<BlockingRule> blockingRules) {

    /** The view before anything has propagated. */
    public static final SipView EMPTY = new SipView(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            List.of());

    /**
     * @param domain a SIP domain, case-insensitive
     * @return the trunk with that domain
     */
    public Optional<Trunk> trunkByDomain(String domain) {
        return trunks.values().stream().filter(t -> t.domain().equalsIgnoreCase(domain)).findFirst();
    }
}
