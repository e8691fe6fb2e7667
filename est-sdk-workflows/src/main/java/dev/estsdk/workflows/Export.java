package dev.estsdk.workflows;

import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.StaticEndpoint;

import dev.estsdk.twilio.model.WireValue;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live trunk, on any carrier, into a {@link PlanDocument}: its name and host, the lists
 * linked to it (ranges in CIDR notation, usernames with their passwords as {@code ${env:…}}
 * references, never values), its endpoints or origination URLs, its numbers and the carrier's own
 * options. Everything is in a fixed order (by name, range, username, number), so exporting the same
 * trunk twice, or a trunk applied from an export, gives an equal document.
 */
final class Export {

    private final Backend backend;
    private final String trunkId;

    Export(Settings settings, String trunkId) {
        this.backend = settings.backend(TwilioOptions.NONE);
        this.trunkId = trunkId;
    }

    PlanDocument run() {
        SipTrunk trunk = backend.trunk(trunkId);
        List<SipEndpoint> endpoints = backend.endpoints(trunkId).stream()
                .sorted(Comparator.comparing(SipEndpoint::name)).toList();
        List<AccessControlList> acls = backend.linkedAclIds(trunkId).stream().map(backend::acl)
                .sorted(Comparator.comparing(AccessControlList::name).thenComparing(AccessControlList::id)).toList();
        List<CredentialList> lists = backend.linkedCredentialListIds(trunkId).stream().map(backend::credentialList)
                .sorted(Comparator.comparing(CredentialList::name).thenComparing(CredentialList::id)).toList();
        List<String> numbers = backend.numbers(trunkId).stream().map(PhoneNumber::phoneNumber).sorted().toList();
        TwilioOptions options = backend.liveOptions(trunk, endpoints);

        PlanDocument.Builder doc = PlanDocument.builder(new PlanDocument.TrunkSpec(trunk.name(), trunk.hostName(),
                trunk.enableCallerName(), blankToNull(trunk.callForwardNumber())));
        for (AccessControlList acl : acls) {
            doc.accessControlList(PlanDocument.AclSpec.create(acl.name(), acl.ipRanges().stream()
                    .map(r -> r.ipAddress() + "/" + r.range()).sorted().toList()));
        }
        Set<String> registering = new HashSet<>();
        endpoints.stream().filter(RegisteredEndpoint.class::isInstance)
                .forEach(e -> registering.add(((RegisteredEndpoint) e).credentialUsername()));
        Map<String, Integer> listsPerUser = new HashMap<>();
        lists.forEach(l -> l.credentials().forEach(c -> listsPerUser.merge(c.username(), 1, Integer::sum)));
        for (CredentialList list : lists) {
            List<String> usernames = list.credentials().stream().map(Credential::username).sorted().toList();
            PlanDocument.CredentialUse use = usernames.stream().anyMatch(registering::contains)
                    ? PlanDocument.CredentialUse.REGISTRATION : PlanDocument.CredentialUse.OUTBOUND;
            doc.credentialList(PlanDocument.CredentialListSpec.create(list.name(), use, usernames.stream()
                    .map(u -> new PlanDocument.CredentialSpec(u, listsPerUser.get(u) > 1
                            ? SecretRef.forCredentialInList(list.name(), u) : SecretRef.forCredential(list.name(), u)))
                    .toList()));
        }
        for (SipEndpoint e : endpoints) {
            Integer weight = options.originationWeights().get(e.name());
            if (e instanceof StaticEndpoint s) {
                doc.endpoint(new PlanDocument.EndpointSpec(s.name(), PlanDocument.EndpointType.STATIC, s.address(),
                        s.port(), s.transport(), s.priority(), weight, s.enabled(), null));
            } else if (e instanceof RegisteredEndpoint r) {
                doc.endpoint(new PlanDocument.EndpointSpec(r.name(), PlanDocument.EndpointType.REGISTERED, null, null,
                        r.transport(), r.priority(), null, r.enabled(), r.credentialUsername()));
            }
        }
        doc.phoneNumbers(numbers);
        doc.twilio(twilioSpec(options));
        return doc.build();
    }

    private static PlanDocument.@Nullable TwilioSpec twilioSpec(TwilioOptions o) {
        boolean recording = o.recordingMode() != null || o.recordingTrim() != null;
        if (o.secure() == null && !recording && o.disasterRecoveryUrl() == null && o.disasterRecoveryMethod() == null
                && o.transferMode() == null && o.transferCallerId() == null) {
            return null;
        }
        return new PlanDocument.TwilioSpec(o.secure(), recording
                ? new PlanDocument.RecordingSpec(spelled(PlanDocument.RecordingMode.class, o.recordingMode()),
                spelled(PlanDocument.RecordingTrim.class, o.recordingTrim())) : null,
                o.disasterRecoveryUrl() == null ? null : o.disasterRecoveryUrl().toString(),
                spelled(PlanDocument.HttpMethod.class, o.disasterRecoveryMethod()),
                spelled(PlanDocument.TransferMode.class, o.transferMode()),
                spelled(PlanDocument.TransferCallerId.class, o.transferCallerId()));
    }

    /** The plan file's constant for a Twilio wire value; null for none or one the file format does not know. */
    private static <E extends Enum<E>> @Nullable E spelled(Class<E> type, @Nullable WireValue value) {
        return value == null ? null : PlanDocument.parseValue(type, value.value()).orElse(null);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
