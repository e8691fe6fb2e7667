package dev.estsdk.testkit.internal.model;

import dev.estsdk.testkit.ResourceCounts;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.sip.PropagationLog;
import dev.estsdk.testkit.internal.sip.SipView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything one EST project holds. Mutable, guarded by {@link #lock()}: every read and write of
 * the maps happens while holding it. Records stored in the maps are immutable and replaced on
 * change, so a {@link SipView} can share them.
 */
public final class ProjectState {

    private final String projectId;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Trunk> trunks = new LinkedHashMap<>();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, AccessControlList> acls = new LinkedHashMap<>();
    private final Map<String, CredentialList> credentialLists = new LinkedHashMap<>();
    private final Map<String, Set<String>> trunkAcls = new LinkedHashMap<>();
    private final Map<String, Set<String>> trunkCredentialLists = new LinkedHashMap<>();
    private final Map<String, OwnedNumber> numbers = new TreeMap<>();
    private final Map<String, CountryPermission> countries = new LinkedHashMap<>();
    private final List<CallRecord> calls = new ArrayList<>();
    private final Map<String, BlockingRule> blockingRules = new LinkedHashMap<>();
    private final PropagationLog sipLog = new PropagationLog();

    /**
     * @param projectId the project id
     * @param countryPermissions the initial country permissions
     */
    public ProjectState(String projectId, List<CountryPermission> countryPermissions) {
        this.projectId = projectId;
        for (CountryPermission c : countryPermissions) {
            countries.put(c.isoCode(), c);
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
     * @return the ACL ids linked to the trunk (mutable, ordered)
     */
    public Set<String> aclLinks(String trunkId) {
        return trunkAcls.computeIfAbsent(trunkId, k -> new LinkedHashSet<>());
    }

    /**
     * @param trunkId a trunk id
     * @return the credential-list ids linked to the trunk (mutable, ordered)
     */
    public Set<String> credentialListLinks(String trunkId) {
        return trunkCredentialLists.computeIfAbsent(trunkId, k -> new LinkedHashSet<>());
    }

    /**
     * Forgets a trunk's links (when the trunk is deleted).
     *
     * @param trunkId a trunk id
     */
    public void dropLinks(String trunkId) {
        trunkAcls.remove(trunkId);
        trunkCredentialLists.remove(trunkId);
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
        return endpoints.values().stream().filter(e -> e.trunkId().equals(trunkId)).toList();
    }

    /**
     * @param aclId an ACL id
     * @return the trunks linked to it
     */
    public List<Trunk> trunksLinkedToAcl(String aclId) {
        return trunks.values().stream().filter(t -> aclLinks(t.id()).contains(aclId)).toList();
    }

    /**
     * @param listId a credential-list id
     * @return the trunks linked to it
     */
    public List<Trunk> trunksLinkedToCredentialList(String listId) {
        return trunks.values().stream().filter(t -> credentialListLinks(t.id()).contains(listId)).toList();
    }

    /**
     * @param trunkId a trunk id
     * @return the numbers assigned to it
     */
    public List<OwnedNumber> numbersAssignedTo(String trunkId) {
        return numbers.values().stream().filter(n -> trunkId.equals(n.sipTrunkId())).toList();
    }

    /** @return how many provisioned resources the project holds */
    public ResourceCounts tally() {
        int assigned = (int) numbers.values().stream().filter(n -> n.sipTrunkId() != null).count();
        return new ResourceCounts(trunks.size(), endpoints.size(), acls.size(), credentialLists.size(), assigned,
                blockingRules.size());
    }

    /**
     * Records the configuration as it is now; it reaches the SIP edge after the propagation delay.
     *
     * @param at when the change was made
     */
    public void publish(Instant at) {
        Map<String, List<AccessControlList>> linkedAcls = new LinkedHashMap<>();
        Map<String, List<CredentialList>> linkedLists = new LinkedHashMap<>();
        Map<String, List<Endpoint>> endpointsByTrunk = new LinkedHashMap<>();
        for (Trunk t : trunks.values()) {
            linkedAcls.put(t.id(), aclLinks(t.id()).stream().map(acls::get).toList());
            linkedLists.put(t.id(), credentialListLinks(t.id()).stream().map(credentialLists::get).toList());
            endpointsByTrunk.put(t.id(), endpointsOf(t.id()));
        }
        Map<String, String> numberToTrunk = new LinkedHashMap<>();
        for (OwnedNumber n : numbers.values()) {
            if (n.sipTrunkId() != null) {
                numberToTrunk.put(n.phoneNumber(), n.sipTrunkId());
            }
        }
        sipLog.publish(at, new SipView(Map.copyOf(trunks), linkedAcls, linkedLists, endpointsByTrunk,
                numberToTrunk, Map.copyOf(countries), List.copyOf(blockingRules.values())));
    }

    /**
     * @param instant the moment asked for (now minus the propagation delay)
     * @return the configuration the SIP edge sees
     */
    public SipView sipViewAt(Instant instant) {
        return sipLog.effectiveAt(instant);
    }
}
