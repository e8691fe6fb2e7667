package dev.estsdk.workflows;

import dev.estsdk.api.EstApi;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The engine's operations on Sinch EST: each one EST call, as the engine always made them. */
final class SinchBackend implements Backend {

    private final SinchCarrier carrier;
    private final EstApi api;

    SinchBackend(SinchCarrier carrier) {
        this.carrier = carrier;
        this.api = carrier.api();
    }

    @Override
    public Carrier carrier() {
        return carrier;
    }

    @Override
    public void refuse(ProvisioningPlan plan) {
        TwilioOptions t = plan.twilio();
        List<FieldViolation> refused = new ArrayList<>();
        if (t.secure() != null) {
            refused.add(new FieldViolation("twilio.secure", "Sinch trunks have no secure trunking; use TLS as the "
                    + "transport of each endpoint instead"));
        }
        if (t.recordingMode() != null) {
            refused.add(new FieldViolation("twilio.recordingMode", "Sinch trunks have no call recording"));
        }
        if (t.recordingTrim() != null) {
            refused.add(new FieldViolation("twilio.recordingTrim", "Sinch trunks have no call recording"));
        }
        String noDisasterRecovery = "Sinch trunks have no disaster-recovery URL; use the trunk's "
                + "callForwardNumber for calls no endpoint takes";
        if (t.disasterRecoveryUrl() != null) {
            refused.add(new FieldViolation("twilio.disasterRecoveryUrl", noDisasterRecovery));
        }
        if (t.disasterRecoveryMethod() != null) {
            refused.add(new FieldViolation("twilio.disasterRecoveryMethod", noDisasterRecovery));
        }
        if (t.transferMode() != null) {
            refused.add(new FieldViolation("twilio.transferMode", "Sinch trunks have no SIP REFER transfer setting"));
        }
        if (t.transferCallerId() != null) {
            refused.add(new FieldViolation("twilio.transferCallerId",
                    "Sinch trunks have no SIP REFER transfer setting"));
        }
        t.originationWeights().keySet().forEach(name -> refused.add(new FieldViolation(
                "twilio.originationWeights[" + name + "]", "Sinch endpoints have no origination weight; endpoints "
                + "of equal priority share calls evenly, use priority to order them")));
        if (!refused.isEmpty()) {
            throw new UnsupportedCapabilityException(carrier.displayName(), refused);
        }
    }

    @Override
    public void requireAssignable(List<String> numbers, String field) {
        // EST assigns any number of the project; the server's answer names a foreign one.
    }

    @Override
    public Optional<SipTrunk> trunkWithDomain(String domain) {
        // checked here too, in case a server ignores the filter
        return api.sipTrunks().list(SipTrunkFilter.byDomain(domain)).stream()
                .filter(t -> domain.equalsIgnoreCase(t.domain())).findFirst();
    }

    @Override
    public SipTrunk trunk(String trunkId) {
        return api.sipTrunks().get(trunkId);
    }

    @Override
    public SipTrunk createTrunk(CreateSipTrunkRequest spec) {
        return api.sipTrunks().create(spec);
    }

    @Override
    public List<FieldChange> trunkChanges(SipTrunk live, CreateSipTrunkRequest wanted) {
        return Diffs.trunkFields(live, wanted);
    }

    @Override
    public SipTrunk updateTrunk(SipTrunk live, CreateSipTrunkRequest wanted) {
        return api.sipTrunks().update(Diffs.mergeTrunk(live, wanted));
    }

    @Override
    public List<FieldChange> optionChanges(@Nullable SipTrunk live) {
        return List.of();
    }

    @Override
    public void updateOptions(String trunkId, List<FieldChange> changes) {
        // refuse(plan) let no option through
    }

    @Override
    public void deleteTrunk(String trunkId) {
        api.sipTrunks().delete(trunkId);
    }

    @Override
    public List<String> linkedAclIds(String trunkId) {
        return api.sipTrunks().listAccessControlLists(trunkId).stream().toList();
    }

    @Override
    public List<String> linkedCredentialListIds(String trunkId) {
        return api.sipTrunks().listCredentialLists(trunkId).stream().toList();
    }

    @Override
    public AccessControlList acl(String id) {
        return api.accessControlLists().get(id);
    }

    @Override
    public CredentialList credentialList(String id) {
        return api.credentialLists().get(id);
    }

    @Override
    public List<AccessControlList> aclsNamed(String name) {
        return api.accessControlLists().list().stream().filter(a -> name.equals(a.name())).toList();
    }

    @Override
    public List<CredentialList> credentialListsNamed(String name) {
        return api.credentialLists().list().stream().filter(l -> name.equals(l.name())).toList();
    }

    @Override
    public boolean listsKnowTheirTrunks() {
        return true;
    }

    @Override
    public AccessControlList createAcl(CreateAccessControlListRequest spec, Consumer<String> created) {
        AccessControlList list = api.accessControlLists().create(spec);
        created.accept(list.id());
        return list;
    }

    @Override
    public List<FieldChange> aclChanges(AccessControlList live, CreateAccessControlListRequest wanted) {
        return Diffs.aclFields(live, wanted);
    }

    @Override
    public AccessControlList updateAcl(AccessControlList live, CreateAccessControlListRequest wanted) {
        return api.accessControlLists().update(Diffs.mergeAcl(live, wanted));
    }

    @Override
    public CredentialList createCredentialList(CreateCredentialListRequest spec, Consumer<String> created) {
        CredentialList list = api.credentialLists().create(spec);
        created.accept(list.id());
        return list;
    }

    @Override
    public void putCredential(CredentialList list, String username, Secret password) {
        // EST has no separate operation to add a user; the per-user PUT creates a missing one
        api.credentialLists().updateCredential(list.id(), username, password);
    }

    @Override
    public void deleteAcl(String id) {
        api.accessControlLists().delete(id);
    }

    @Override
    public void deleteCredentialList(String id) {
        api.credentialLists().delete(id);
    }

    @Override
    public boolean aclInUse(String id) {
        return api.accessControlLists().listTrunks(id).stream().findAny().isPresent();
    }

    @Override
    public boolean credentialListInUse(String id) {
        return api.credentialLists().listTrunks(id).stream().findAny().isPresent();
    }

    @Override
    public void linkAcls(String trunkId, List<String> ids, Consumer<String> linked) {
        api.sipTrunks().addAccessControlLists(trunkId, ids);
        ids.forEach(linked);
    }

    @Override
    public void linkCredentialLists(String trunkId, List<String> ids, Consumer<String> linked) {
        api.sipTrunks().addCredentialLists(trunkId, ids);
        ids.forEach(linked);
    }

    @Override
    public void unlinkAcl(String trunkId, String id) {
        api.sipTrunks().removeAccessControlList(trunkId, id);
    }

    @Override
    public void unlinkCredentialList(String trunkId, String id) {
        api.sipTrunks().removeCredentialList(trunkId, id);
    }

    @Override
    public List<SipEndpoint> endpoints(String trunkId) {
        return api.sipEndpoints().list(trunkId).stream().toList();
    }

    @Override
    public SipEndpoint effective(SipEndpoint wanted) {
        return wanted;
    }

    @Override
    public List<FieldChange> endpointChanges(SipEndpoint live, SipEndpoint wanted) {
        return Diffs.endpointFields(live, wanted);
    }

    @Override
    public SipEndpoint createEndpoint(String trunkId, SipEndpoint spec) {
        return api.sipEndpoints().create(trunkId, WantedEndpoints.request(spec));
    }

    @Override
    public SipEndpoint updateEndpoint(String trunkId, SipEndpoint live, SipEndpoint wanted) {
        return api.sipEndpoints().update(WantedEndpoints.update(trunkId, live.id(), wanted));
    }

    @Override
    public void deleteEndpoint(String trunkId, String endpointId) {
        api.sipEndpoints().delete(trunkId, endpointId);
    }

    @Override
    public @Nullable Integer weightOf(SipEndpoint live) {
        return null;
    }

    @Override
    public List<PhoneNumber> numbers(String trunkId) {
        return api.phoneNumbers().list(PhoneNumberFilter.forTrunk(trunkId)).stream().toList();
    }

    @Override
    public PhoneNumber number(String e164) {
        return api.phoneNumbers().get(e164);
    }

    @Override
    public PhoneNumber assign(String trunkId, String e164) {
        return api.phoneNumbers().assign(trunkId, e164);
    }

    @Override
    public void unassign(String e164) {
        api.phoneNumbers().unassign(e164);
    }

    @Override
    public Optional<FindingType> finding(FindingType generic, SipTrunk trunk) {
        return Optional.of(generic);
    }

    @Override
    public List<Finding> carrierFindings(SipTrunk trunk, List<String> aclIds, List<String> credentialListIds,
                                         List<SipEndpoint> endpoints, List<PhoneNumber> numbers) {
        return List.of();
    }

    @Override
    public TwilioOptions liveOptions(SipTrunk trunk, List<SipEndpoint> endpoints) {
        return TwilioOptions.NONE;
    }
}
