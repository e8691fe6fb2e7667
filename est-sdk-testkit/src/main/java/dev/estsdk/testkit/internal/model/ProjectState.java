package dev.estsdk.testkit.internal.model;

import dev.estsdk.testkit.ResourceCounts;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.sip.PropagationLog;
import dev.estsdk.testkit.internal.sip.SipView;
import dev.estsdk.testkit.internal.sip.PropagationLog.Change;
import dev.estsdk.testkit.internal.sip.PropagationLog.Delta;
import dev.estsdk.testkit.internal.sip.PropagationLog.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Everything one EST project holds. Mutable, guarded by {@link #lock()}: every read and write of
 * the maps happens while holding it. Records stored in the maps are immutable and replaced on
 * change, so the SIP edge's replica can share them.
 *
 * <p>The maps remember which keys changed, and links change only through the methods here, so
 * {@link #publish(Instant)} hands the propagation log just what changed since the last publish:
 * the cost of a change does not grow with the project. Indexes (endpoints and numbers per trunk,
 * trunks per ACL and per credential list) keep the lookups that creates, deletes and renders do
 * independent of the project's size too.
 */
public final class ProjectState {

    private final String projectId;
    private final Duration propagationDelay;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Set<String>> endpointIdsByTrunk = new HashMap<>();
    private final Map<String, Set<String>> numbersByTrunk = new HashMap<>();
    private final ChangeTrackingMap<Trunk> trunks = new ChangeTrackingMap<>(new LinkedHashMap<>());
    private final ChangeTrackingMap<Endpoint> endpoints = new ChangeTrackingMap<>(new LinkedHashMap<>(),
            (old, now) -> index(endpointIdsByTrunk, old == null ? null : old.trunkId(),
                    now == null ? null : now.trunkId(), old != null ? old.id() : now.id()));
    private final ChangeTrackingMap<AccessControlList> acls = new ChangeTrackingMap<>(new LinkedHashMap<>());
    private final ChangeTrackingMap<CredentialList> credentialLists = new ChangeTrackingMap<>(new LinkedHashMap<>());
    private final Map<String, Set<String>> trunkAcls = new HashMap<>();
    private final Map<String, Set<String>> aclTrunks = new HashMap<>();
    private final Map<String, Set<String>> trunkCredentialLists = new HashMap<>();
    private final Map<String, Set<String>> credentialListTrunks = new HashMap<>();
    private final Set<String> changedAclLinks = new LinkedHashSet<>();
    private final Set<String> changedCredentialListLinks = new LinkedHashSet<>();
    private final ChangeTrackingMap<OwnedNumber> numbers = new ChangeTrackingMap<>(new TreeMap<>(),
            (old, now) -> index(numbersByTrunk, old == null ? null : old.sipTrunkId(),
                    now == null ? null : now.sipTrunkId(), old != null ? old.phoneNumber() : now.phoneNumber()));
    private final ChangeTrackingMap<CountryPermission> countries = new ChangeTrackingMap<>(new LinkedHashMap<>());
    private final List<CallRecord> calls = new ArrayList<>();
    private final ChangeTrackingMap<BlockingRule> blockingRules = new ChangeTrackingMap<>(new LinkedHashMap<>());
    private final PropagationLog sipLog = new PropagationLog();

    /**
     * @param projectId the project id
     * @param countryPermissions the initial country permissions
     * @param propagationDelay how long a change takes to reach the SIP edge
     */
    public ProjectState(String projectId, List<CountryPermission> countryPermissions, Duration propagationDelay) {
        this.projectId = projectId;
        this.propagationDelay = propagationDelay;
        for (CountryPermission c : countryPermissions) {
            countries.put(c.isoCode(), c);
        }
    }

    private static void index(Map<String, Set<String>> index, String oldOwner, String newOwner, String key) {
        if (oldOwner != null && !oldOwner.equals(newOwner)) {
            Set<String> keys = index.get(oldOwner);
            if (keys != null && keys.remove(key) && keys.isEmpty()) {
                index.remove(oldOwner);
            }
        }
        if (newOwner != null) {
            index.computeIfAbsent(newOwner, k -> new LinkedHashSet<>()).add(key);
        }
    }

    /** @return the project id */
    public String projectId() {
        return projectId;
    }

    /** @return the lock guarding this project */
    public ReentrantLock lock() {
        return lock;
    }

    /** @return trunks by id */
    public Map<String, Trunk> trunks() {
        return trunks;
    }

    /** @return endpoints by id */
    public Map<String, Endpoint> endpoints() {
        return endpoints;
    }

    /** @return ACLs by id */
    public Map<String, AccessControlList> acls() {
        return acls;
    }

    /** @return credential lists by id */
    public Map<String, CredentialList> credentialLists() {
        return credentialLists;
    }

    /** @return owned numbers by E.164 */
    public Map<String, OwnedNumber> numbers() {
        return numbers;
    }

    /** @return country permissions by ISO code */
    public Map<String, CountryPermission> countries() {
        return countries;
    }

    /** @return call records */
    public List<CallRecord> calls() {
        return calls;
    }

    /** @return blocking rules by id */
    public Map<String, BlockingRule> blockingRules() {
        return blockingRules;
    }

    /**
     * @param trunkId a trunk id
     * @return the ACL ids linked to the trunk, in link order (read-only)
     */
    public Set<String> aclLinks(String trunkId) {
        return Collections.unmodifiableSet(trunkAcls.getOrDefault(trunkId, Set.of()));
    }

    /**
     * @param trunkId a trunk id
     * @return the credential-list ids linked to the trunk, in link order (read-only)
     */
    public Set<String> credentialListLinks(String trunkId) {
        return Collections.unmodifiableSet(trunkCredentialLists.getOrDefault(trunkId, Set.of()));
    }

    /**
     * Appends ACL links to a trunk; ids already linked keep their place.
     *
     * @param trunkId the trunk
     * @param aclIds the ACLs
     */
    public void linkAcls(String trunkId, Collection<String> aclIds) {
        aclIds.forEach(id -> link(trunkAcls, aclTrunks, trunkId, id));
        changedAclLinks.add(trunkId);
    }

    /**
     * @param trunkId the trunk
     * @param aclId the ACL
     * @return false when it was not linked
     */
    public boolean unlinkAcl(String trunkId, String aclId) {
        boolean removed = unlink(trunkAcls, aclTrunks, trunkId, aclId);
        changedAclLinks.add(trunkId);
        return removed;
    }

    /**
     * Appends credential-list links to a trunk; ids already linked keep their place.
     *
     * @param trunkId the trunk
     * @param listIds the credential lists
     */
    public void linkCredentialLists(String trunkId, Collection<String> listIds) {
        listIds.forEach(id -> link(trunkCredentialLists, credentialListTrunks, trunkId, id));
        changedCredentialListLinks.add(trunkId);
    }

    /**
     * Replaces a trunk's credential-list links.
     *
     * @param trunkId the trunk
     * @param listIds the new set, in order
     */
    public void replaceCredentialListLinks(String trunkId, Collection<String> listIds) {
        List.copyOf(credentialListLinks(trunkId)).forEach(id -> unlinkCredentialList(trunkId, id));
        linkCredentialLists(trunkId, listIds);
    }

    /**
     * @param trunkId the trunk
     * @param listId the credential list
     * @return false when it was not linked
     */
    public boolean unlinkCredentialList(String trunkId, String listId) {
        boolean removed = unlink(trunkCredentialLists, credentialListTrunks, trunkId, listId);
        changedCredentialListLinks.add(trunkId);
        return removed;
    }

    /**
     * Forgets a trunk's links (when the trunk is deleted).
     *
     * @param trunkId a trunk id
     */
    public void dropLinks(String trunkId) {
        List.copyOf(aclLinks(trunkId)).forEach(id -> unlinkAcl(trunkId, id));
        List.copyOf(credentialListLinks(trunkId)).forEach(id -> unlinkCredentialList(trunkId, id));
    }

    /**
     * Removes an ACL from every trunk it is linked to (when the ACL is deleted).
     *
     * @param aclId an ACL id
     */
    public void detachAcl(String aclId) {
        List.copyOf(aclTrunks.getOrDefault(aclId, Set.of())).forEach(trunkId -> unlinkAcl(trunkId, aclId));
    }

    private static void link(Map<String, Set<String>> forward, Map<String, Set<String>> reverse, String from,
            String to) {
        forward.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        reverse.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
    }

    private static boolean unlink(Map<String, Set<String>> forward, Map<String, Set<String>> reverse, String from,
            String to) {
        Set<String> targets = forward.get(from);
        if (targets == null || !targets.remove(to)) {
            return false;
        }
        if (targets.isEmpty()) {
            forward.remove(from);
        }
        Set<String> sources = reverse.get(to);
        if (sources != null && sources.remove(from) && sources.isEmpty()) {
            reverse.remove(to);
        }
        return true;
    }

    /**
     * @param id a trunk id
     * @return the trunk
     * @throws ApiException 404 when unknown
     */
    public Trunk trunk(String id) {
        Trunk t = trunks.get(id);
        if (t == null) {
            throw ApiException.notFound("SIP trunk", id);
        }
        return t;
    }

    /**
     * @param id an ACL id
     * @return the ACL
     * @throws ApiException 404 when unknown
     */
    public AccessControlList acl(String id) {
        AccessControlList a = acls.get(id);
        if (a == null) {
            throw ApiException.notFound("Access control list", id);
        }
        return a;
    }

    /**
     * @param id a credential-list id
     * @return the list
     * @throws ApiException 404 when unknown
     */
    public CredentialList credentialList(String id) {
        CredentialList c = credentialLists.get(id);
        if (c == null) {
            throw ApiException.notFound("Credential list", id);
        }
        return c;
    }

    /**
     * @param trunkId the owning trunk
     * @param id an endpoint id
     * @return the endpoint
     * @throws ApiException 404 when the trunk or the endpoint (on that trunk) is unknown
     */
    public Endpoint endpoint(String trunkId, String id) {
        trunk(trunkId);
        Endpoint e = endpoints.get(id);
        if (e == null || !e.trunkId().equals(trunkId)) {
            throw ApiException.notFound("SIP endpoint", id);
        }
        return e;
    }

    /**
     * @param trunkId a trunk id
     * @return its endpoints in creation order
     */
    public List<Endpoint> endpointsOf(String trunkId) {
        return endpointIdsByTrunk.getOrDefault(trunkId, Set.of()).stream().map(endpoints::get).toList();
    }

    /**
     * @param aclId an ACL id
     * @return the trunks linked to it, oldest first
     */
    public List<Trunk> trunksLinkedToAcl(String aclId) {
        return trunksIn(aclTrunks.getOrDefault(aclId, Set.of()));
    }

    /**
     * @param listId a credential-list id
     * @return the trunks linked to it, oldest first
     */
    public List<Trunk> trunksLinkedToCredentialList(String listId) {
        return trunksIn(credentialListTrunks.getOrDefault(listId, Set.of()));
    }

    private List<Trunk> trunksIn(Set<String> ids) {
        return ids.stream().map(trunks::get).sorted(Comparator.comparing(Trunk::createTime).thenComparing(Trunk::id))
                .toList();
    }

    /**
     * @param trunkId a trunk id
     * @return the numbers assigned to it, in number order
     */
    public List<OwnedNumber> numbersAssignedTo(String trunkId) {
        return numbersByTrunk.getOrDefault(trunkId, Set.of()).stream().sorted().map(numbers::get).toList();
    }

    /** @return how many provisioned resources the project holds */
    public ResourceCounts tally() {
        int assigned = numbersByTrunk.values().stream().mapToInt(Set::size).sum();
        return new ResourceCounts(trunks.size(), endpoints.size(), acls.size(), credentialLists.size(), assigned,
                blockingRules.size());
    }

    /**
     * Hands what changed since the last publish to the propagation log; it reaches the SIP edge
     * after the propagation delay. Costs what changed, whatever the project's size.
     *
     * @param at when the change was made (the simulator's current time)
     */
    public void publish(Instant at) {
        List<Delta> deltas = new ArrayList<>();
        drain(deltas, Kind.TRUNK, trunks);
        drain(deltas, Kind.ENDPOINT, endpoints);
        drain(deltas, Kind.ACL, acls);
        drain(deltas, Kind.CREDENTIAL_LIST, credentialLists);
        drainLinks(deltas, Kind.ACL_LINKS, changedAclLinks, this::aclLinks);
        drainLinks(deltas, Kind.CREDENTIAL_LIST_LINKS, changedCredentialListLinks, this::credentialListLinks);
        drain(deltas, Kind.NUMBER, numbers);
        drain(deltas, Kind.COUNTRY, countries);
        drain(deltas, Kind.BLOCKING_RULE, blockingRules);
        sipLog.publish(at, deltas, at.minus(propagationDelay));
    }

    private static void drain(List<Delta> into, Kind kind, ChangeTrackingMap<?> map) {
        for (String key : map.drainChanged()) {
            into.add(new Delta(kind, key, map.get(key)));
        }
    }

    private static void drainLinks(List<Delta> into, Kind kind, Set<String> changed,
            Function<String, Set<String>> links) {
        for (String trunkId : changed) {
            into.add(new Delta(kind, trunkId, List.copyOf(links.apply(trunkId))));
        }
        changed.clear();
    }

    /**
     * Reads the configuration the SIP edge sees.
     *
     * @param instant the moment asked for (now minus the propagation delay)
     * @param reader what to read; the view is valid only inside it
     * @param <T> the result type
     * @return the reader's result
     */
    public <T> T readSipView(Instant instant, Function<SipView, T> reader) {
        return sipLog.read(instant, reader);
    }

    /** @return the published changes that have not reached the SIP edge yet, oldest first */
    public List<Change> pendingChanges() {
        return sipLog.pending();
    }
}
