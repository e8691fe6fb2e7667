package dev.estsdk.testkit.internal.sip;

import dev.estsdk.testkit.SipInvite;
import dev.estsdk.testkit.SipRegistration;
import dev.estsdk.testkit.SipResult;
import dev.estsdk.testkit.internal.SimulatorState;
import dev.estsdk.testkit.internal.calls.CallRecords;
import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.BlockingRule;
import dev.estsdk.testkit.internal.model.CountryCatalog;
import dev.estsdk.testkit.internal.model.CountryPermission;
import dev.estsdk.testkit.internal.model.Credential;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The Sinch SIP edge as the troubleshooting guide describes it, answering from the configuration
 * that has propagated (changes reach the edge only after the propagation delay):
 * 404 for the generic {@code trunk.pstn.sinch.com} or an unknown domain or number, 403 for a
 * source IP outside every linked ACL or a foreign From domain, 401 for credentials not in a
 * linked list or a wrong password, 503 when no enabled endpoint can take an inbound call, 603
 * above the trunk's calls per second, 200 otherwise.
 */
public final class SipEdge {

    private final SimulatorState sim;
    private final Map<String, Instant> registrations = new HashMap<>();
    private final Map<String, Deque<Instant>> acceptedCalls = new HashMap<>();
    private final Map<String, Integer> roundRobin = new HashMap<>();

    /** @param sim the simulator */
    public SipEdge(SimulatorState sim) {
        this.sim = sim;
    }

    private Instant now() {
        return sim.clock().now();
    }

    private Instant horizon() {
        return now().minus(sim.settings().propagationDelay());
    }

    private String genericDomain() {
        return "trunk." + sim.settings().sipDomainSuffix();
    }

    /**
     * Runs a check against the trunk that has the domain, inside the view of its project that the
     * edge sees; the view is valid only while the check runs.
     */
    private Optional<SipResult> onTrunkWithDomain(String domain, BiFunction<SipView, Trunk, SipResult> check) {
        Instant horizon = horizon();
        for (ProjectState p : sim.projects()) {
            Optional<SipResult> r = p.readSipView(horizon,
                    view -> view.trunkByDomain(domain).map(t -> check.apply(view, t)));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static SipResult answer(int status, String reason, String explanation, Trunk trunk) {
        return new SipResult(status, reason, explanation, trunk == null ? null : trunk.id(), null);
    }

    private SipResult domainNotFound(String domain) {
        if (domain.equalsIgnoreCase(genericDomain())) {
            return answer(404, "Not Found", domain + " is Sinch's generic host; send to your trunk's own domain "
                    + "{hostName}." + sim.settings().sipDomainSuffix(), null);
        }
        return answer(404, "Not Found", "no trunk has the domain " + domain
                + " (changes take " + sim.settings().propagationDelay().toSeconds() + " s to propagate)", null);
    }

    /**
     * @param invite the INVITE
     * @return the edge's answer
     */
    public synchronized SipResult invite(SipInvite invite) {
        return invite.direction() == SipInvite.Direction.OUTBOUND ? outbound(invite) : inbound(invite);
    }

    private SipResult outbound(SipInvite invite) {
        String domain = invite.domain() != null && !invite.domain().isBlank() ? invite.domain() : host(invite.to());
        return onTrunkWithDomain(domain, (view, trunk) -> outbound(invite, view, trunk))
                .orElseGet(() -> domainNotFound(domain));
    }

    private SipResult outbound(SipInvite invite, SipView view, Trunk trunk) {
        String fromHost = host(invite.from());
        if (fromHost != null && !fromHost.equalsIgnoreCase(trunk.domain())) {
            return answer(403, "Forbidden", "From uses the domain " + fromHost + "; it must be the trunk's domain "
                    + trunk.domain(), trunk);
        }
        SipResult auth = authorize(invite, view, trunk);
        if (auth != null) {
            return auth;
        }
        String dialled = "+" + CallRecords.userPart(invite.to());
        String country = CountryCatalog.countryOf(dialled);
        CountryPermission permission = country == null ? null : view.country(country);
        if (permission == null || !permission.enabled()) {
            return answer(403, "Forbidden", "calls to " + (country == null ? dialled : country)
                    + " are not enabled in the project's country permissions", trunk);
        }
        Optional<BlockingRule> rule = blocking(view, "OUTBOUND", country, dialled);
        if (rule.isPresent()) {
            return answer(403, "Forbidden", "blocked by call blocking rule " + rule.get().id(), trunk);
        }
        Deque<Instant> recent = acceptedCalls.computeIfAbsent(trunk.id(), k -> new ArrayDeque<>());
        Instant windowStart = now().minusSeconds(1);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
            recent.removeFirst();
        }
        if (recent.size() >= trunk.callsPerSecond()) {
            return answer(603, "Decline", "more than " + trunk.callsPerSecond()
                    + " call(s) per second on this trunk", trunk);
        }
        recent.addLast(now());
        return answer(200, "OK", "call accepted on trunk " + trunk.domain(), trunk);
    }

    private SipResult authorize(SipInvite invite, SipView view, Trunk trunk) {
        List<AccessControlList> acls = view.linkedAcls(trunk.id());
        if (acls.stream().anyMatch(a -> a.admits(invite.sourceIp()))) {
            return null;
        }
        List<CredentialList> lists = view.linkedCredentialLists(trunk.id());
        if (invite.username() != null) {
            return checkCredentials(lists, invite.username(), invite.password(), trunk);
        }
        if (!lists.isEmpty()) {
            return answer(401, "Unauthorized", "source IP " + invite.sourceIp()
                    + " is not in a linked ACL; answer the digest challenge with a linked credential", trunk);
        }
        return answer(403, "Forbidden", "source IP " + invite.sourceIp()
                + " is not in an enabled ACL linked to the trunk", trunk);
    }

    private static SipResult checkCredentials(List<CredentialList> lists, String username, String password,
            Trunk trunk) {
        Optional<Credential> credential = lists.stream().map(l -> l.credential(username))
                .flatMap(Optional::stream).findFirst();
        if (credential.isEmpty()) {
            return answer(401, "Unauthorized", "username " + username
                    + " is not in a credential list linked to the trunk", trunk);
        }
        if (!credential.get().password().equals(password)) {
            return answer(401, "Unauthorized", "wrong password for " + username, trunk);
        }
        return null;
    }

    private SipResult inbound(SipInvite invite) {
        String dialled = "+" + CallRecords.userPart(invite.to());
        Instant horizon = horizon();
        for (ProjectState p : sim.projects()) {
            SipResult r = p.readSipView(horizon, view -> {
                String trunkId = view.trunkOfNumber(dialled);
                return trunkId == null ? null : deliver(invite, view, view.trunk(trunkId));
            });
            if (r != null) {
                return r;
            }
        }
        return answer(404, "Not Found", dialled + " is not assigned to a trunk (changes take "
                + sim.settings().propagationDelay().toSeconds() + " s to propagate)", null);
    }

    private SipResult deliver(SipInvite invite, SipView view, Trunk trunk) {
        String caller = "+" + CallRecords.userPart(invite.from());
        Optional<BlockingRule> rule = blocking(view, "INBOUND", CountryCatalog.countryOf(caller), caller);
        if (rule.isPresent()) {
            return answer(403, "Forbidden", "blocked by call blocking rule " + rule.get().id(), trunk);
        }
        List<Endpoint> usable = view.endpoints(trunk.id()).stream()
                .filter(Endpoint::enabled)
                .filter(e -> !e.registered() || isRegistered(trunk.domain(), e.credentialUsername()))
                .sorted(Comparator.comparingInt(Endpoint::priority))
                .toList();
        if (usable.isEmpty()) {
            if (trunk.enableCallForward() && trunk.callForwardNumber() != null) {
                return answer(200, "OK", "no endpoint available; forwarded to " + trunk.callForwardNumber(), trunk);
            }
            return answer(503, "Service Unavailable",
                    "no enabled SIP endpoint on the trunk (or its registered user agent is not registered)", trunk);
        }
        int best = usable.get(0).priority();
        List<Endpoint> top = usable.stream().filter(e -> e.priority() == best).toList();
        int turn = roundRobin.merge(trunk.id(), 1, Integer::sum) - 1;
        Endpoint chosen = top.get(Math.floorMod(turn, top.size()));
        String target = chosen.registered() ? "registered user " + chosen.credentialUsername()
                : chosen.address() + ":" + chosen.port() + " over " + chosen.transport();
        return new SipResult(200, "OK", "delivered to " + target, trunk.id(), chosen.id());
    }

    private static Optional<BlockingRule> blocking(SipView view, String direction, String country, String number) {
        String digits = number.substring(1);
        return view.blockingRules().stream().filter(r -> r.direction().equals(direction)).filter(r -> {
            String ruleCountry = direction.equals("INBOUND") ? r.callerCountry() : r.calleeCountry();
            String match = direction.equals("INBOUND") ? r.callerMatch() : r.calleeMatch();
            boolean countryOk = ruleCountry == null || ruleCountry.equals(country);
            boolean matchOk = match == null || digits.startsWith(match.startsWith("+") ? match.substring(1) : match);
            return countryOk && matchOk;
        }).findFirst();
    }

    /**
     * @param registration the REGISTER
     * @return the edge's answer
     */
    public synchronized SipResult register(SipRegistration registration) {
        return onTrunkWithDomain(registration.domain(), (view, trunk) -> register(registration, view, trunk))
                .orElseGet(() -> domainNotFound(registration.domain()));
    }

    private SipResult register(SipRegistration registration, SipView view, Trunk trunk) {
        List<CredentialList> lists = view.linkedCredentialLists(trunk.id());
        SipResult auth = checkCredentials(lists, registration.username(), registration.password(), trunk);
        if (auth != null) {
            return auth;
        }
        boolean hasEndpoint = view.endpoints(trunk.id()).stream()
                .anyMatch(e -> e.registered() && e.credentialUsername().equals(registration.username()));
        if (!hasEndpoint) {
            return answer(403, "Forbidden", "no registered endpoint on the trunk uses the username "
                    + registration.username(), trunk);
        }
        String key = registrationKey(trunk.domain(), registration.username());
        if (registration.expires().isZero()) {
            registrations.remove(key);
            return answer(200, "OK", "unregistered", trunk);
        }
        registrations.put(key, now().plus(registration.expires()));
        return answer(200, "OK", "registered for " + registration.expires().toSeconds() + " s", trunk);
    }

    private boolean isRegistered(String domain, String username) {
        Instant until = registrations.get(registrationKey(domain, username));
        return until != null && now().isBefore(until);
    }

    private static String registrationKey(String domain, String username) {
        return domain.toLowerCase(Locale.ROOT) + "|" + username;
    }

    /**
     * @param uri a number or SIP URI, optionally with display name and angle brackets
     * @return the host part, or null for a bare number
     */
    static String host(String uri) {
        String s = uri.trim();
        int lt = s.indexOf('<');
        if (lt >= 0) {
            int gt = s.indexOf('>', lt);
            s = s.substring(lt + 1, gt < 0 ? s.length() : gt);
        }
        int at = s.indexOf('@');
        if (at < 0) {
            return null;
        }
        String host = s.substring(at + 1);
        int cut = host.length();
        for (char c : new char[] {':', ';', '>', '?'}) {
            int i = host.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return host.substring(0, cut);
    }

    /** Forgets registrations and call-rate history. */
    public synchronized void reset() {
        registrations.clear();
        acceptedCalls.clear();
        roundRobin.clear();
    }
}
