package dev.estsdk.twilio.internal;

import dev.estsdk.api.PagedIterable;
import dev.estsdk.twilio.IncomingPhoneNumbers;
import dev.estsdk.twilio.OriginationUrls;
import dev.estsdk.twilio.SipCredentialLists;
import dev.estsdk.twilio.SipIpAccessControlLists;
import dev.estsdk.twilio.TrunkCredentialLists;
import dev.estsdk.twilio.TrunkIpAccessControlLists;
import dev.estsdk.twilio.TrunkPhoneNumbers;
import dev.estsdk.twilio.TwilioApi;
import dev.estsdk.twilio.TwilioTrunks;
import dev.estsdk.twilio.model.CreateCredentialListRequest;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.CreateIpAccessControlListRequest;
import dev.estsdk.twilio.model.CreateIpAddressRequest;
import dev.estsdk.twilio.model.CreateOriginationUrlRequest;
import dev.estsdk.twilio.model.CreateTrunkRequest;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.Recording;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.SipIpAddress;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.TrunkCredentialList;
import dev.estsdk.twilio.model.TrunkIpAccessControlList;
import dev.estsdk.twilio.model.TrunkPhoneNumber;
import dev.estsdk.twilio.model.UpdateCredentialListRequest;
import dev.estsdk.twilio.model.UpdateCredentialRequest;
import dev.estsdk.twilio.model.UpdateIncomingPhoneNumberRequest;
import dev.estsdk.twilio.model.UpdateIpAccessControlListRequest;
import dev.estsdk.twilio.model.UpdateIpAddressRequest;
import dev.estsdk.twilio.model.UpdateOriginationUrlRequest;
import dev.estsdk.twilio.model.UpdateRecordingRequest;
import dev.estsdk.twilio.model.UpdateTrunkRequest;

import java.util.Optional;

import static dev.estsdk.core.internal.Pipeline.await;

/**
 * The synchronous face of {@link AsyncTwilioResources}: each method starts the same call on the
 * same pipeline and waits for it on the calling thread (the call is bounded by its deadline).
 * Listings go through {@link LinkPager}, fetching each page when iteration reaches it.
 */
public final class SyncTwilioResources implements TwilioApi {

    private final AsyncTwilioResources async;
    private final TwilioTrunks trunks;
    private final OriginationUrls originationUrls;
    private final TrunkIpAccessControlLists trunkAcls;
    private final TrunkCredentialLists trunkCredentialLists;
    private final TrunkPhoneNumbers trunkNumbers;
    private final SipIpAccessControlLists acls;
    private final SipCredentialLists credentialLists;
    private final IncomingPhoneNumbers numbers;

    /**
     * Waits for the given resources.
     *
     * @param async the asynchronous resources
     */
    public SyncTwilioResources(AsyncTwilioResources async) {
        this.async = async;
        this.trunks = new Trunks(async.trunking.trunks);
        this.originationUrls = new Urls(async.trunking.originationUrls);
        TrunkingResources.Associations<TrunkIpAccessControlList> a = async.trunking.ipAccessControlLists;
        this.trunkAcls = new TrunkIpAccessControlLists() {
            @Override
            public TrunkIpAccessControlList add(String trunkSid, String sid) {
                return await(a.add(trunkSid, sid));
            }

            @Override
            public PagedIterable<TrunkIpAccessControlList> list(String trunkSid) {
                return a.listing(trunkSid).sync();
            }

            @Override
            public TrunkIpAccessControlList get(String trunkSid, String sid) {
                return await(a.get(trunkSid, sid));
            }

            @Override
            public void remove(String trunkSid, String sid) {
                await(a.remove(trunkSid, sid));
            }
        };
        TrunkingResources.Associations<TrunkCredentialList> c = async.trunking.credentialLists;
        this.trunkCredentialLists = new TrunkCredentialLists() {
            @Override
            public TrunkCredentialList add(String trunkSid, String sid) {
                return await(c.add(trunkSid, sid));
            }

            @Override
            public PagedIterable<TrunkCredentialList> list(String trunkSid) {
                return c.listing(trunkSid).sync();
            }

            @Override
            public TrunkCredentialList get(String trunkSid, String sid) {
                return await(c.get(trunkSid, sid));
            }

            @Override
            public void remove(String trunkSid, String sid) {
                await(c.remove(trunkSid, sid));
            }
        };
        TrunkingResources.Associations<TrunkPhoneNumber> p = async.trunking.phoneNumbers;
        this.trunkNumbers = new TrunkPhoneNumbers() {
            @Override
            public TrunkPhoneNumber add(String trunkSid, String sid) {
                return await(p.add(trunkSid, sid));
            }

            @Override
            public PagedIterable<TrunkPhoneNumber> list(String trunkSid) {
                return p.listing(trunkSid).sync();
            }

            @Override
            public TrunkPhoneNumber get(String trunkSid, String sid) {
                return await(p.get(trunkSid, sid));
            }

            @Override
            public void remove(String trunkSid, String sid) {
                await(p.remove(trunkSid, sid));
            }
        };
        this.acls = new Acls(async.account.ipAccessControlLists);
        this.credentialLists = new CredLists(async.account.credentialLists);
        this.numbers = new Numbers(async.account.incomingPhoneNumbers);
    }

    @Override
    public String accountSid() {
        return async.accountSid();
    }

    @Override
    public TwilioTrunks trunks() {
        return trunks;
    }

    @Override
    public OriginationUrls originationUrls() {
        return originationUrls;
    }

    @Override
    public TrunkIpAccessControlLists trunkIpAccessControlLists() {
        return trunkAcls;
    }

    @Override
    public TrunkCredentialLists trunkCredentialLists() {
        return trunkCredentialLists;
    }

    @Override
    public TrunkPhoneNumbers trunkPhoneNumbers() {
        return trunkNumbers;
    }

    @Override
    public SipIpAccessControlLists ipAccessControlLists() {
        return acls;
    }

    @Override
    public SipCredentialLists credentialLists() {
        return credentialLists;
    }

    @Override
    public IncomingPhoneNumbers incomingPhoneNumbers() {
        return numbers;
    }

    private record Trunks(TrunkingResources.Trunks async) implements TwilioTrunks {
        @Override
        public Trunk create(CreateTrunkRequest request) {
            return await(async.create(request));
        }

        @Override
        public PagedIterable<Trunk> list() {
            return async.listing().sync();
        }

        @Override
        public Trunk get(String trunkSid) {
            return await(async.get(trunkSid));
        }

        @Override
        public Trunk update(String trunkSid, UpdateTrunkRequest request) {
            return await(async.update(trunkSid, request));
        }

        @Override
        public void delete(String trunkSid) {
            await(async.delete(trunkSid));
        }

        @Override
        public Recording getRecording(String trunkSid) {
            return await(async.getRecording(trunkSid));
        }

        @Override
        public Recording updateRecording(String trunkSid, UpdateRecordingRequest request) {
            return await(async.updateRecording(trunkSid, request));
        }
    }

    private record Urls(TrunkingResources.OriginationUrls async) implements OriginationUrls {
        @Override
        public OriginationUrl create(String trunkSid, CreateOriginationUrlRequest request) {
            return await(async.create(trunkSid, request));
        }

        @Override
        public PagedIterable<OriginationUrl> list(String trunkSid) {
            return async.listing(trunkSid).sync();
        }

        @Override
        public OriginationUrl get(String trunkSid, String originationUrlSid) {
            return await(async.get(trunkSid, originationUrlSid));
        }

        @Override
        public OriginationUrl update(String trunkSid, String originationUrlSid, UpdateOriginationUrlRequest request) {
            return await(async.update(trunkSid, originationUrlSid, request));
        }

        @Override
        public void delete(String trunkSid, String originationUrlSid) {
            await(async.delete(trunkSid, originationUrlSid));
        }
    }

    private record Acls(AccountResources.IpAccessControlLists async) implements SipIpAccessControlLists {
        @Override
        public SipIpAccessControlList create(CreateIpAccessControlListRequest request) {
            return await(async.create(request));
        }

        @Override
        public PagedIterable<SipIpAccessControlList> list() {
            return async.listing().sync();
        }

        @Override
        public SipIpAccessControlList get(String ipAccessControlListSid) {
            return await(async.get(ipAccessControlListSid));
        }

        @Override
        public SipIpAccessControlList update(String ipAccessControlListSid, UpdateIpAccessControlListRequest request) {
            return await(async.update(ipAccessControlListSid, request));
        }

        @Override
        public void delete(String ipAccessControlListSid) {
            await(async.delete(ipAccessControlListSid));
        }

        @Override
        public SipIpAddress createIpAddress(String ipAccessControlListSid, CreateIpAddressRequest request) {
            return await(async.createIpAddress(ipAccessControlListSid, request));
        }

        @Override
        public PagedIterable<SipIpAddress> listIpAddresses(String ipAccessControlListSid) {
            return async.ipAddresses(ipAccessControlListSid).sync();
        }

        @Override
        public SipIpAddress getIpAddress(String ipAccessControlListSid, String ipAddressSid) {
            return await(async.getIpAddress(ipAccessControlListSid, ipAddressSid));
        }

        @Override
        public SipIpAddress updateIpAddress(String ipAccessControlListSid, String ipAddressSid,
                                            UpdateIpAddressRequest request) {
            return await(async.updateIpAddress(ipAccessControlListSid, ipAddressSid, request));
        }

        @Override
        public void deleteIpAddress(String ipAccessControlListSid, String ipAddressSid) {
            await(async.deleteIpAddress(ipAccessControlListSid, ipAddressSid));
        }
    }

    private record CredLists(AccountResources.CredentialLists async) implements SipCredentialLists {
        @Override
        public SipCredentialList create(CreateCredentialListRequest request) {
            return await(async.create(request));
        }

        @Override
        public PagedIterable<SipCredentialList> list() {
            return async.listing().sync();
        }

        @Override
        public SipCredentialList get(String credentialListSid) {
            return await(async.get(credentialListSid));
        }

        @Override
        public SipCredentialList update(String credentialListSid, UpdateCredentialListRequest request) {
            return await(async.update(credentialListSid, request));
        }

        @Override
        public void delete(String credentialListSid) {
            await(async.delete(credentialListSid));
        }

        @Override
        public SipCredential createCredential(String credentialListSid, CreateCredentialRequest request) {
            return await(async.createCredential(credentialListSid, request));
        }

        @Override
        public PagedIterable<SipCredential> listCredentials(String credentialListSid) {
            return async.credentials(credentialListSid).sync();
        }

        @Override
        public SipCredential getCredential(String credentialListSid, String credentialSid) {
            return await(async.getCredential(credentialListSid, credentialSid));
        }

        @Override
        public SipCredential updateCredential(String credentialListSid, String credentialSid,
                                              UpdateCredentialRequest request) {
            return await(async.updateCredential(credentialListSid, credentialSid, request));
        }

        @Override
        public void deleteCredential(String credentialListSid, String credentialSid) {
            await(async.deleteCredential(credentialListSid, credentialSid));
        }
    }

    private record Numbers(AccountResources.IncomingNumbers async) implements IncomingPhoneNumbers {
        @Override
        public PagedIterable<IncomingPhoneNumber> list() {
            return async.listing(java.util.Map.of()).sync();
        }

        @Override
        public Optional<IncomingPhoneNumber> findByPhoneNumber(String e164) {
            return AccountResources.IncomingNumbers.exactly(async.byPhoneNumber(e164).sync().stream().toList(), e164);
        }

        @Override
        public IncomingPhoneNumber get(String phoneNumberSid) {
            return await(async.get(phoneNumberSid));
        }

        @Override
        public IncomingPhoneNumber update(String phoneNumberSid, UpdateIncomingPhoneNumberRequest request) {
            return await(async.update(phoneNumberSid, request));
        }
    }
}
