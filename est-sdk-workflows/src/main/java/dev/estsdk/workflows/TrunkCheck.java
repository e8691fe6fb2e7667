package dev.estsdk.workflows;

import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.PhoneNumber;
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
    private final Backend backend;
    private final String trunkId;

    TrunkCheck(Settings settings, String trunkId) {
        this.settings = settings;
        this.backend = settings.backend(TwilioOptions.NONE);
        this.trunkId = trunkId;
    }

    Diagnosis run() {
        SipTrunk trunk = backend.trunk(trunkId);
        List<String> acls = backend.linkedAclIds(trunkId);
        List<String> lists = backend.linkedCredentialListIds(trunkId);
        List<SipEndpoint> endpoints = backend.endpoints(trunkId);
        List<PhoneNumber> numbers = backend.numbers(trunkId);

        List<Finding> findings = new ArrayList<>();
        if (acls.isEmpty() && lists.isEmpty()) {
            report(findings, trunk, FindingType.NO_OUTBOUND_AUTH, "trunk " + trunk.domain());
        }
        List<RegisteredEndpoint> registered = endpoints.stream().filter(RegisteredEndpoint.class::isInstance)
                .map(RegisteredEndpoint.class::cast).toList();
        if (!registered.isEmpty()) {
            Set<String> linkedUsers = new HashSet<>();
            lists.forEach(id -> backend.credentialList(id).credentials().stream().map(Credential::username)
                    .forEach(linkedUsers::add));
            registered.stream().filter(e -> !linkedUsers.contains(e.credentialUsername()))
                    .forEach(e -> report(findings, trunk, FindingType.CREDENTIAL_LIST_NOT_LINKED, "endpoint \""
                            + e.name() + "\" registers as \"" + e.credentialUsername() + "\""));
        }
        if (endpoints.stream().noneMatch(SipEndpoint::enabled) && (!numbers.isEmpty() || !endpoints.isEmpty())) {
            report(findings, trunk, FindingType.NO_ENABLED_ENDPOINT, endpoints.isEmpty() ? "no endpoint"
                    : endpoints.size() + " endpoint(s), all disabled");
        }
        if (numbers.isEmpty() && !endpoints.isEmpty()) {
            report(findings, trunk, FindingType.NO_PHONE_NUMBERS, endpoints.size() + " endpoint(s) wait for calls");
        }
        newest(trunk, endpoints, numbers).ifPresent(last -> {
            Instant readyAt = last.plus(settings.propagationWindow());
            if (readyAt.isAfter(settings.clock().instant())) {
                report(findings, trunk, FindingType.RECENT_CHANGE, "last change at " + last + ", effective from "
                        + readyAt);
            }
        });
        findings.addAll(backend.carrierFindings(trunk, acls, lists, endpoints, numbers));
        findings.sort(Comparator.comparing(f -> f.type().severity()));
        return new Diagnosis(trunkId, findings);
    }

    /** Adds the carrier's finding for a carrier-neutral one, if it has one. */
    private void report(List<Finding> findings, SipTrunk trunk, FindingType generic, String detail) {
        backend.finding(generic, trunk).ifPresent(type -> findings.add(new Finding(type, detail)));
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
