package dev.estsdk.client.internal.resources;

import dev.estsdk.api.AccessControlLists;
import dev.estsdk.api.CallBlockingRules;
import dev.estsdk.api.Calls;
import dev.estsdk.api.CountryPermissions;
import dev.estsdk.api.CredentialLists;
import dev.estsdk.api.EstApi;
import dev.estsdk.api.PagedIterable;
import dev.estsdk.api.PhoneNumbers;
import dev.estsdk.api.Projects;
import dev.estsdk.api.SipEndpoints;
import dev.estsdk.api.SipTrunks;
import dev.estsdk.api.async.AsyncAccessControlLists;
import dev.estsdk.api.async.AsyncCallBlockingRules;
import dev.estsdk.api.async.AsyncCalls;
import dev.estsdk.api.async.AsyncCountryPermissions;
import dev.estsdk.api.async.AsyncCredentialLists;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.async.AsyncPhoneNumbers;
import dev.estsdk.api.async.AsyncProjects;
import dev.estsdk.api.async.AsyncSipEndpoints;
import dev.estsdk.api.async.AsyncSipTrunks;
import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.UpdateIpRangeRequest;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallBlockingRule;
import dev.estsdk.api.model.CreateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCallBlockingRuleRequest;
import dev.estsdk.api.model.UpdateCountryPermissionRequest;
import dev.estsdk.api.model.UpdateCredentialListRequest;
import dev.estsdk.api.model.CallExportRequest;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.CountryPermission;
import dev.estsdk.api.model.CreateCredentialListRequest;
import dev.estsdk.api.model.Credential;
import dev.estsdk.api.model.CredentialList;
import dev.estsdk.api.model.Direction;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;
import dev.estsdk.api.model.Secret;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.SipTrunkFilter;
import dev.estsdk.api.model.UpdateSipTrunkRequest;

import java.util.Collection;
import java.util.List;

import static dev.estsdk.core.internal.Pipeline.await;

/**
 * The synchronous face of {@link AsyncResources}: each method starts the same call on the same
 * pipeline and waits for it on the calling thread (the call is bounded by its deadline). Listings
 * fetch each page when iteration reaches it.
 */
public final class SyncResources implements EstApi {

    private final AsyncResources async;
    private final Lazy<SipTrunks> sipTrunks;
    private final Lazy<SipEndpoints> sipEndpoints;
    private final Lazy<AccessControlLists> accessControlLists;
    private final Lazy<CredentialLists> credentialLists;
    private final Lazy<PhoneNumbers> phoneNumbers;
    private final Lazy<CountryPermissions> countryPermissions;
    private final Lazy<Calls> calls;
    private final Lazy<CallBlockingRules> callBlockingRules;
    private final Lazy<Projects> projects;

    /**
     * Waits for the given resources.
     *
     * @param async the asynchronous resources
     */
    public SyncResources(AsyncResources async) {
        this.async = async;
        this.sipTrunks = new Lazy<>(() -> new Trunks(async.sipTrunks()));
        this.sipEndpoints = new Lazy<>(() -> new Endpoints(async.sipEndpoints()));
        this.accessControlLists = new Lazy<>(() -> new Acls(async.accessControlLists()));
        this.credentialLists = new Lazy<>(() -> new CredLists(async.credentialLists()));
        this.phoneNumbers = new Lazy<>(() -> new Numbers(async.phoneNumbers()));
        this.countryPermissions = new Lazy<>(() -> new Permissions(async.countryPermissions()));
        this.calls = new Lazy<>(() -> new CallRecords(async.calls()));
        this.callBlockingRules = new Lazy<>(() -> new Rules(async.callBlockingRules()));
        this.projects = new Lazy<>(() -> new MoreProjects(async.projects()));
    }

    /**
     * A listing that waits for each page.
     *
     * @param listing the asynchronous listing
     * @param <T>     the item type
     * @return the same listing, synchronously
     */
    static <T> PagedIterable<T> sync(AsyncPagedIterable<T> listing) {
        return PagedIterable.of((pageNumber, pageSize) -> await(listing.withPageSize(pageSize).page(pageNumber)),
                listing.pageSize(), listing.maxPageSize());
    }

    @Override
    public String projectId() {
        return async.projectId();
    }

    @Override
    public SipTrunks sipTrunks() {
        return sipTrunks.get();
    }

    @Override
    public SipEndpoints sipEndpoints() {
        return sipEndpoints.get();
    }

    @Override
    public AccessControlLists accessControlLists() {
        return accessControlLists.get();
    }

    @Override
    public CredentialLists credentialLists() {
        return credentialLists.get();
    }

    @Override
    public PhoneNumbers phoneNumbers() {
        return phoneNumbers.get();
    }

    @Override
    public CountryPermissions countryPermissions() {
        return countryPermissions.get();
    }

    @Override
    public Calls calls() {
        return calls.get();
    }

    @Override
    public CallBlockingRules callBlockingRules() {
        return callBlockingRules.get();
    }

    @Override
    public Projects projects() {
        return projects.get();
    }

    private record Trunks(AsyncSipTrunks async) implements SipTrunks {
        @Override
        public SipTrunk create(CreateSipTrunkRequest request) {
            return await(async.create(request));
        }

        @Override
        public PagedIterable<SipTrunk> list() {
            return sync(async.list());
        }

        @Override
        public PagedIterable<SipTrunk> list(SipTrunkFilter filter) {
            return sync(async.list(filter));
        }

        @Override
        public SipTrunk get(String trunkId) {
            return await(async.get(trunkId));
        }

        @Override
        public SipTrunk update(UpdateSipTrunkRequest request) {
            return await(async.update(request));
        }

        @Override
        public void delete(String trunkId) {
            await(async.delete(trunkId));
        }

        @Override
        public List<String> addAccessControlLists(String trunkId, Collection<String> accessControlListIds) {
            return await(async.addAccessControlLists(trunkId, accessControlListIds));
        }

        @Override
        public PagedIterable<String> listAccessControlLists(String trunkId) {
            return sync(async.listAccessControlLists(trunkId));
        }

        @Override
        public void removeAccessControlList(String trunkId, String accessControlListId) {
            await(async.removeAccessControlList(trunkId, accessControlListId));
        }

        @Override
        public List<String> addCredentialLists(String trunkId, Collection<String> credentialListIds) {
            return await(async.addCredentialLists(trunkId, credentialListIds));
        }

        @Override
        public PagedIterable<String> listCredentialLists(String trunkId) {
            return sync(async.listCredentialLists(trunkId));
        }

        @Override
        public List<String> replaceCredentialLists(String trunkId, Collection<String> credentialListIds) {
            return await(async.replaceCredentialLists(trunkId, credentialListIds));
        }

        @Override
        public void removeCredentialList(String trunkId, String credentialListId) {
            await(async.removeCredentialList(trunkId, credentialListId));
        }
    }

    private record Endpoints(AsyncSipEndpoints async) implements SipEndpoints {
        @Override
        public SipEndpoint create(String trunkId, dev.estsdk.api.model.CreateSipEndpointRequest request) {
            return await(async.create(trunkId, request));
        }

        @Override
        public PagedIterable<SipEndpoint> list(String trunkId) {
            return sync(async.list(trunkId));
        }

        @Override
        public SipEndpoint get(String trunkId, String endpointId) {
            return await(async.get(trunkId, endpointId));
        }

        @Override
        public SipEndpoint update(dev.estsdk.api.model.UpdateSipEndpointRequest request) {
            return await(async.update(request));
        }

        @Override
        public void delete(String trunkId, String endpointId) {
            await(async.delete(trunkId, endpointId));
        }
    }

    private record Acls(AsyncAccessControlLists async) implements AccessControlLists {
        @Override
        public AccessControlList create(CreateAccessControlListRequest request) {
            return await(async.create(request));
        }

        @Override
        public PagedIterable<AccessControlList> list() {
            return sync(async.list());
        }

        @Override
        public AccessControlList get(String accessControlListId) {
            return await(async.get(accessControlListId));
        }

        @Override
        public AccessControlList update(UpdateAccessControlListRequest request) {
            return await(async.update(request));
        }

        @Override
        public void delete(String accessControlListId) {
            await(async.delete(accessControlListId));
        }

        @Override
        public PagedIterable<SipTrunk> listTrunks(String accessControlListId) {
            return sync(async.listTrunks(accessControlListId));
        }

        @Override
        public IpRange addIpRange(String accessControlListId, NewIpRange ipRange) {
            return await(async.addIpRange(accessControlListId, ipRange));
        }

        @Override
        public PagedIterable<IpRange> listIpRanges(String accessControlListId) {
            return sync(async.listIpRanges(accessControlListId));
        }

        @Override
        public IpRange updateIpRange(UpdateIpRangeRequest request) {
            return await(async.updateIpRange(request));
        }

        @Override
        public void deleteIpRange(String accessControlListId, String ipRangeId) {
            await(async.deleteIpRange(accessControlListId, ipRangeId));
        }
    }

    private record CredLists(AsyncCredentialLists async) implements CredentialLists {
        @Override
        public CredentialList create(CreateCredentialListRequest request) {
            return await(async.create(request));
        }

        @Override
        public PagedIterable<CredentialList> list() {
            return sync(async.list());
        }

        @Override
        public CredentialList get(String credentialListId) {
            return await(async.get(credentialListId));
        }

        @Override
        public CredentialList update(UpdateCredentialListRequest request) {
            return await(async.update(request));
        }

        @Override
        public void delete(String credentialListId) {
            await(async.delete(credentialListId));
        }

        @Override
        public PagedIterable<SipTrunk> listTrunks(String credentialListId) {
            return sync(async.listTrunks(credentialListId));
        }

        @Override
        public Credential updateCredential(String credentialListId, String username, Secret password) {
            return await(async.updateCredential(credentialListId, username, password));
        }

        @Override
        public void deleteCredential(String credentialListId, String username) {
            await(async.deleteCredential(credentialListId, username));
        }
    }

    private record Numbers(AsyncPhoneNumbers async) implements PhoneNumbers {
        @Override
        public PagedIterable<PhoneNumber> list(PhoneNumberFilter filter) {
            return sync(async.list(filter));
        }

        @Override
        public PhoneNumber get(String phoneNumber) {
            return await(async.get(phoneNumber));
        }

        @Override
        public PhoneNumber assign(String trunkId, String phoneNumber) {
            return await(async.assign(trunkId, phoneNumber));
        }

        @Override
        public void unassign(String phoneNumber) {
            await(async.unassign(phoneNumber));
        }
    }

    private record Permissions(AsyncCountryPermissions async) implements CountryPermissions {
        @Override
        public PagedIterable<CountryPermission> list() {
            return sync(async.list());
        }

        @Override
        public CountryPermission get(String isoCode) {
            return await(async.get(isoCode));
        }

        @Override
        public CountryPermission update(UpdateCountryPermissionRequest request) {
            return await(async.update(request));
        }
    }

    private record CallRecords(AsyncCalls async) implements Calls {
        @Override
        public PagedIterable<Call> list(CallFilter filter) {
            return sync(async.list(filter));
        }

        @Override
        public CallRecordsExport export(CallExportRequest request) {
            return await(async.export(request));
        }

        @Override
        public byte[] downloadPcap(String pcapId, Direction direction) {
            return await(async.downloadPcap(pcapId, direction));
        }
    }

    private record Rules(AsyncCallBlockingRules async) implements CallBlockingRules {
        @Override
        public PagedIterable<CallBlockingRule> list() {
            return sync(async.list());
        }

        @Override
        public CallBlockingRule create(CreateCallBlockingRuleRequest request) {
            return await(async.create(request));
        }

        @Override
        public CallBlockingRule update(UpdateCallBlockingRuleRequest request) {
            return await(async.update(request));
        }

        @Override
        public void delete(String ruleId) {
            await(async.delete(ruleId));
        }
    }

    private record MoreProjects(AsyncProjects async) implements Projects {
        @Override
        public List<String> add(Collection<String> projectIds) {
            return await(async.add(projectIds));
        }
    }
}
