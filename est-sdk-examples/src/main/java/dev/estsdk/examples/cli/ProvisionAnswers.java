package dev.estsdk.examples.cli;

import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.Transport;
import dev.estsdk.workflows.ProvisioningPlan;
import dev.estsdk.workflows.TrafficDirection;
import dev.estsdk.workflows.TrunkAuth;
import java.util.List;

/**
 * Everything {@code est provision} needs to know, from flags or from the questions, and the plan
 * it turns into.
 *
 * @param direction which calls the trunk carries
 * @param auth how outbound calls are authorised, or null for inbound only
 * @param endpoint how inbound calls find the PBX, or null for outbound only
 * @param hostName the trunk's host name: its SIP domain is {@code {hostName}.pstn.sinch.com}
 * @param numbers the numbers to assign, E.164
 * @param aclRange the PBX's public address or range, for ACL auth; else null
 * @param endpointAddress the static endpoint's address; else null
 * @param port the static endpoint's port
 * @param transport the endpoint's transport
 * @param sipUsername the SIP username, for credentials or a registered endpoint; else null
 * @param sipPassword its password; else null
 * @param generatedPassword whether the password was generated (simulator only) rather than given
 */
record ProvisionAnswers(CallDirection direction, AuthMethod auth, EndpointType endpoint, String hostName,
        List<String> numbers, NewIpRange aclRange, String endpointAddress, int port, Transport transport,
        String sipUsername, Secret sipPassword, boolean generatedPassword) {

    ProvisionAnswers {
        numbers = List.copyOf(numbers);
    }

    boolean usesCredentials() {
        return auth == AuthMethod.CREDENTIALS || endpoint == EndpointType.REGISTERED;
    }

    /** @return the plan; {@link ProvisioningPlan.Builder#build()} checks it before any request */
    ProvisioningPlan plan() {
        ProvisioningPlan.Builder plan = ProvisioningPlan.builder()
                .trunk(t -> t.name(hostName).hostName(hostName))
                .direction(switch (direction) {
                    case OUTBOUND -> TrafficDirection.OUTBOUND;
                    case INBOUND -> TrafficDirection.INBOUND;
                    case BOTH -> TrafficDirection.BOTH;
                });
        TrunkAuth credentials = usesCredentials()
                ? TrunkAuth.credentials(c -> c.name(hostName + " PBX").credential(sipUsername, sipPassword))
                : null;
        if (auth == AuthMethod.ACL) {
            plan.outboundAuth(TrunkAuth.acl(a -> a.name(hostName + " PBX").ipRange(aclRange)));
        } else if (auth == AuthMethod.CREDENTIALS) {
            plan.outboundAuth(credentials);
        }
        if (endpoint == EndpointType.STATIC) {
            plan.staticEndpoint(e -> e.name(hostName + " PBX").address(endpointAddress).port(port)
                    .transport(transport));
        } else if (endpoint == EndpointType.REGISTERED) {
            if (auth != AuthMethod.CREDENTIALS) {
                plan.registrationCredentials(credentials);
            }
            plan.registeredEndpoint(e -> e.name(hostName + " PBX").credentialUsername(sipUsername)
                    .transport(transport));
        }
        return plan.phoneNumbers(numbers).build();
    }
}
