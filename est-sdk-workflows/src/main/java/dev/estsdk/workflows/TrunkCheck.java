package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The EST troubleshooting table as checks on one trunk's configuration. */
final class TrunkCheck {

    private final Settings settings;
    private final EstApi api;
    private final String trunkId;

    TrunkCheck(Settings settings, String trunkId) {
        this.settings = settings;
        this.api = settings.api();
        this.trunkId = trunkId;
    }

    Diagnosis run() {
        SipTrunk trunk = api.sipTrunks().get(trunkId);
        List<String> acls = api.sipTrunks().listAccessControlLists(trunkId).stream().toList();
        List<String> lists = api.sipTrunks().listCredentialLists(trunkId).stream().toList();
        List<SipEndpoint> endpoints = api.sipEndpoints().list(trunkId).stream().toList();
        List<PhoneNumber> numbers = api.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunkId)).stream().toList();

        List<Finding> findings = new ArrayList<>();
        if (acls.isEmpty() && lists.isEmpty()) {
            findings.add(new Finding(FindingType.NO_OUTBOUND_AUTH, "trunk " + trunk.domain()));
        }
        List<RegisteredEndpoint> registered = endpoints.stream().filter(RegisteredEndpoint.class::isInstance)
                .map(RegisteredEndpoint.class::cast).toList();
        if (!registered.isEmpty()) {
            Set<String> linkedUsers = new HashSet<>();
            lists.forEach(id -> api.credentialLists().get(id).credentials().stream().map(Credential::username)
                    .forEach(linkedUsers::add));
            registered.stream().filter(e -> !linkedUsers.contains(e.credentialUsername()))
                    .forEach(e -> findings.add(new Finding(FindingType.CREDENTIAL_LIST_NOT_LINKED, "endpoint \""
                            + e.name() + "\" registers as \"" + e.credentialUsername() + "\"")));
        }
        if (endpoints.stream().noneMatch(SipEndpoint::enabled) && (!numbers.isEmpty() || !endpoints.isEmpty())) {
            findings.add(new Finding(FindingType.NO_ENABLED_ENDPOINT, endpoints.isEmpty() ? "no endpoint"
                    : endpoints.size() + " endpoint(s), all disabled"));
        }
        if (numbers.isEmpty() && !endpoints.isEmpty()) {
            findings.add(new Finding(FindingType.NO_PHONE_NUMBERS, endpoints.size() + " endpoint(s) wait for calls"));
        }
        newest(trunk, endpoints, numbers).ifPresent(last -> {
            Instant readyAt = last.plus(settings.propagationWindow());
            if (readyAt.isAfter(settings.clock().instant())) {
                findings.add(new Finding(FindingType.RECENT_CHANGE, "last change at " + last + ", effective from "
                        + readyAt));
            }
        });
        findings.sort(Comparator.comparing(f -> f.type().severity()));
        return new Diagnosis(trunkId, findings);
    }

    /** The newest server timestamp, at whole seconds (the server's clock is not ours). */
    private static Optional<Instant> newest(SipTrunk trunk, List<SipEndpoint> endpoints,
                                                      List<PhoneNumber> numbers) {
        return Stream.of(Stream.of(trunk.createTime(), trunk.updateTime()),
                        endpoints.stream().flatMap(e -> Stream.of(e.createTime(), e.updateTime())),
                        numbers.stream().flatMap(n -> Stream.of(n.createTime(), n.updateTime())))
                .flatMap(s -> s).filter(Objects::nonNull).map(t -> t.truncatedTo(ChronoUnit.SECONDS))
                .max(Comparator.naturalOrder());
    }
}
