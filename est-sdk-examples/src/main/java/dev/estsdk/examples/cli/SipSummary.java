package dev.estsdk.examples.cli;

import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.NewCredential;
import dev.estsdk.api.model.CreateRegisteredEndpointRequest;
import dev.estsdk.api.model.CreateSipEndpointRequest;
import dev.estsdk.api.model.CreateStaticEndpointRequest;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.TrafficDirection;
import dev.estsdk.workflows.TrunkAuth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a plan means for the PBX, carrier-neutral: which directions it carries, how outbound calls
 * are recognised, where inbound calls go; what {@link SipGuide} prints and {@link SimulatorSipCheck}
 * tries. Built from the plan, so {@code est provision} and {@code est apply} say the same.
 *
 * @param outbound whether the trunk carries calls from the PBX to the phone network
 * @param inbound whether it carries calls from the phone network to the PBX
 * @param aclRanges the source ranges of the plan's new access control lists (outbound by IP)
 * @param credential the first credential of the plan's outbound credential list, if any
 * @param staticEndpoints the plan's static endpoints
 * @param registered the plan's registered endpoint, if any
 * @param registration the credential a registered endpoint registers with, if the plan holds it
 */
record SipSummary(boolean outbound, boolean inbound, List<NewIpRange> aclRanges, Optional<NewCredential> credential,
        List<CreateStaticEndpointRequest> staticEndpoints, Optional<CreateRegisteredEndpointRequest> registered,
        Optional<NewCredential> registration) {

    SipSummary {
        aclRanges = List.copyOf(aclRanges);
        staticEndpoints = List.copyOf(staticEndpoints);
    }

    static SipSummary of(ProvisioningPlan plan) {
        TrafficDirection direction = plan.direction();
        List<NewIpRange> ranges = new ArrayList<>();
        Optional<NewCredential> credential = Optional.empty();
        for (TrunkAuth auth : plan.outboundAuth()) {
            if (auth instanceof TrunkAuth.NewAccessControlList acl) {
                ranges.addAll(acl.definition().ipRanges());
            } else if (auth instanceof TrunkAuth.NewCredentialList list && credential.isEmpty()) {
                credential = list.definition().credentials().stream().findFirst();
            }
        }
        List<CreateStaticEndpointRequest> statics = new ArrayList<>();
        CreateRegisteredEndpointRequest registered = null;
        for (CreateSipEndpointRequest e : plan.endpoints()) {
            if (e instanceof CreateStaticEndpointRequest s) {
                statics.add(s);
            } else if (e instanceof CreateRegisteredEndpointRequest r && registered == null) {
                registered = r;
            }
        }
        Optional<NewCredential> registration = Optional.empty();
        if (registered != null) {
            String username = registered.credentialUsername();
            registration = plan.authLists().stream()
                    .filter(a -> a instanceof TrunkAuth.NewCredentialList)
                    .flatMap(a -> ((TrunkAuth.NewCredentialList) a).definition().credentials().stream())
                    .filter(c -> c.username().equals(username)).findFirst();
        }
        return new SipSummary(direction != TrafficDirection.INBOUND, direction != TrafficDirection.OUTBOUND, ranges,
                credential, statics, Optional.ofNullable(registered), registration);
    }

    /** @return whether outbound calls are recognised by source IP */
    boolean byIp() {
        return !aclRanges.isEmpty();
    }

    /** @return the ranges as {@code 203.0.113.10, 198.51.100.0/24} */
    String sources() {
        return String.join(", ", aclRanges.stream().map(SipSummary::cidr).toList());
    }

    static String cidr(NewIpRange r) {
        return r.range() == IpRange.DEFAULT_RANGE ? r.ipAddress() : r.ipAddress() + "/" + r.range();
    }
}
