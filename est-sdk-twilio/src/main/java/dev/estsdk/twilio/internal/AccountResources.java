package dev.estsdk.twilio.internal;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.twilio.async.AsyncIncomingPhoneNumbers;
import dev.estsdk.twilio.async.AsyncSipCredentialLists;
import dev.estsdk.twilio.async.AsyncSipIpAccessControlLists;
import dev.estsdk.twilio.model.CreateCredentialListRequest;
import dev.estsdk.twilio.model.CreateCredentialRequest;
import dev.estsdk.twilio.model.CreateIpAccessControlListRequest;
import dev.estsdk.twilio.model.CreateIpAddressRequest;
import dev.estsdk.twilio.model.IncomingPhoneNumber;
import dev.estsdk.twilio.model.SipCredential;
import dev.estsdk.twilio.model.SipCredentialList;
import dev.estsdk.twilio.model.SipIpAccessControlList;
import dev.estsdk.twilio.model.SipIpAddress;
import dev.estsdk.twilio.model.TwilioRules;
import dev.estsdk.twilio.model.UpdateCredentialListRequest;
import dev.estsdk.twilio.model.UpdateCredentialRequest;
import dev.estsdk.twilio.model.UpdateIncomingPhoneNumberRequest;
import dev.estsdk.twilio.model.UpdateIpAccessControlListRequest;
import dev.estsdk.twilio.model.UpdateIpAddressRequest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The 2010 API's SIP lists and incoming numbers (operations 25 to 47) over {@link AccountHttp}. */
final class AccountResources {

    private static final String ACCOUNT = "/2010-04-01/Accounts/{AccountSid}";
    private static final String ACLS = ACCOUNT + "/SIP/IpAccessControlLists";
    private static final String ACL = ACLS + "/{Sid}.json";
    private static final String IPS = ACLS + "/{IpAccessControlListSid}/IpAddresses";
    private static final String IP = IPS + "/{Sid}.json";
    private static final String CLS = ACCOUNT + "/SIP/CredentialLists";
    private static final String CL = CLS + "/{Sid}.json";
    private static final String CRS = CLS + "/{CredentialListSid}/Credentials";
    private static final String CR = CRS + "/{Sid}.json";
    private static final String NUMBERS = ACCOUNT + "/IncomingPhoneNumbers";

    static final Operation CREATE_ACL = new Operation("CreateSipIpAccessControlList", "POST", ACLS + ".json");
    static final Operation LIST_ACLS = new Operation("ListSipIpAccessControlList", "GET", ACLS + ".json");
    static final Operation FETCH_ACL = new Operation("FetchSipIpAccessControlList", "GET", ACL);
    static final Operation UPDATE_ACL = Operation.idempotentWrite("UpdateSipIpAccessControlList", "POST", ACL);
    static final Operation DELETE_ACL = new Operation("DeleteSipIpAccessControlList", "DELETE", ACL);
    static final Operation CREATE_IP = new Operation("CreateSipIpAddress", "POST", IPS + ".json");
    static final Operation LIST_IPS = new Operation("ListSipIpAddress", "GET", IPS + ".json");
    static final Operation FETCH_IP = new Operation("FetchSipIpAddress", "GET", IP);
    static final Operation UPDATE_IP = Operation.idempotentWrite("UpdateSipIpAddress", "POST", IP);
    static final Operation DELETE_IP = new Operation("DeleteSipIpAddress", "DELETE", IP);
    static final Operation CREATE_CL = new Operation("CreateSipCredentialList", "POST", CLS + ".json");
    static final Operation LIST_CLS = new Operation("ListSipCredentialList", "GET", CLS + ".json");
    static final Operation FETCH_CL = new Operation("FetchSipCredentialList", "GET", CL);
    static final Operation UPDATE_CL = Operation.idempotentWrite("UpdateSipCredentialList", "POST", CL);
    static final Operation DELETE_CL = new Operation("DeleteSipCredentialList", "DELETE", CL);
    static final Operation CREATE_CR = new Operation("CreateSipCredential", "POST", CRS + ".json");
    static final Operation LIST_CRS = new Operation("ListSipCredential", "GET", CRS + ".json");
    static final Operation FETCH_CR = new Operation("FetchSipCredential", "GET", CR);
    static final Operation UPDATE_CR = Operation.idempotentWrite("UpdateSipCredential", "POST", CR);
    static final Operation DELETE_CR = new Operation("DeleteSipCredential", "DELETE", CR);
    static final Operation LIST_NUMBERS = new Operation("ListIncomingPhoneNumber", "GET", NUMBERS + ".json");
    static final Operation FETCH_NUMBER = new Operation("FetchIncomingPhoneNumber", "GET", NUMBERS + "/{Sid}.json");
    static final Operation UPDATE_NUMBER = Operation.idempotentWrite("UpdateIncomingPhoneNumber", "POST",
            NUMBERS + "/{Sid}.json");

    private static final String IP_LISTS = "IpAccessControlLists";
    private static final String IP_ENTRIES = "IpAddresses";
    private static final String CREDENTIAL_LISTS = "CredentialLists";
    private static final String CREDENTIAL_ENTRIES = "Credentials";

    private final String account;
    private final AccountHttp http;
    private final TwilioCalls calls;
    final IpAccessControlLists ipAccessControlLists = new IpAccessControlLists();
    final CredentialLists credentialLists = new CredentialLists();
    final IncomingNumbers incomingPhoneNumbers = new IncomingNumbers();

    AccountResources(String accountSid, AccountHttp http, TwilioCalls calls) {
        this.account = accountSid;
        this.http = http;
        this.calls = calls;
    }

    private String accountPath() {
        return "/2010-04-01/Accounts/" + account;
    }

    /** Account-level IP access control lists and their addresses (#25 to #34). */
    final class IpAccessControlLists implements AsyncSipIpAccessControlLists {

        private String aclSid(String value) {
            return Sids.check("ipAccessControlListSid", "AL", value);
        }

        @Override
        public CompletableFuture<SipIpAccessControlList> create(CreateIpAccessControlListRequest request) {
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().put("FriendlyName", request.friendlyName());
            return calls.fetch(CREATE_ACL, opts -> http.createList(account, IP_LISTS, form, opts),
                    TwilioWire::ipAccessControlList);
        }

        @Override
        public AsyncPagedIterable<SipIpAccessControlList> list() {
            return listing().async();
        }

        Listing<SipIpAccessControlList> listing() {
            return new Listing<>(calls, LIST_ACLS, accountPath() + "/SIP/" + IP_LISTS + ".json",
                    (query, opts) -> http.listLists(account, IP_LISTS, query, opts), "ip_access_control_lists",
                    TwilioWire::ipAccessControlList, Map.of());
        }

        @Override
        public CompletableFuture<SipIpAccessControlList> get(String ipAccessControlListSid) {
            String al = aclSid(ipAccessControlListSid);
            return calls.fetch(FETCH_ACL, opts -> http.getList(account, IP_LISTS, al, opts),
                    TwilioWire::ipAccessControlList);
        }

        @Override
        public CompletableFuture<SipIpAccessControlList> update(String ipAccessControlListSid,
                                                                UpdateIpAccessControlListRequest request) {
            String al = aclSid(ipAccessControlListSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().put("FriendlyName", request.friendlyName());
            return calls.fetch(UPDATE_ACL, opts -> http.updateList(account, IP_LISTS, al, form, opts),
                    TwilioWire::ipAccessControlList);
        }

        @Override
        public CompletableFuture<Void> delete(String ipAccessControlListSid) {
            String al = aclSid(ipAccessControlListSid);
            return calls.run(DELETE_ACL, opts -> http.deleteList(account, IP_LISTS, al, opts));
        }

        @Override
        public CompletableFuture<SipIpAddress> createIpAddress(String ipAccessControlListSid,
                                                               CreateIpAddressRequest request) {
            String al = aclSid(ipAccessControlListSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("FriendlyName", request.friendlyName())
                    .put("IpAddress", request.ipAddress())
                    .put("CidrPrefixLength", request.cidrPrefixLength());
            return calls.fetch(CREATE_IP, opts -> http.createEntry(account, IP_LISTS, al, IP_ENTRIES, form, opts),
                    TwilioWire::ipAddress);
        }

        @Override
        public AsyncPagedIterable<SipIpAddress> listIpAddresses(String ipAccessControlListSid) {
            return ipAddresses(ipAccessControlListSid).async();
        }

        Listing<SipIpAddress> ipAddresses(String ipAccessControlListSid) {
            String al = aclSid(ipAccessControlListSid);
            return new Listing<>(calls, LIST_IPS, accountPath() + "/SIP/" + IP_LISTS + "/" + al + "/" + IP_ENTRIES
                    + ".json", (query, opts) -> http.listEntries(account, IP_LISTS, al, IP_ENTRIES, query, opts),
                    "ip_addresses", TwilioWire::ipAddress, Map.of());
        }

        @Override
        public CompletableFuture<SipIpAddress> getIpAddress(String ipAccessControlListSid, String ipAddressSid) {
            String al = aclSid(ipAccessControlListSid);
            String ip = Sids.check("ipAddressSid", "IP", ipAddressSid);
            return calls.fetch(FETCH_IP, opts -> http.getEntry(account, IP_LISTS, al, IP_ENTRIES, ip, opts),
                    TwilioWire::ipAddress);
        }

        @Override
        public CompletableFuture<SipIpAddress> updateIpAddress(String ipAccessControlListSid, String ipAddressSid,
                                                               UpdateIpAddressRequest request) {
            String al = aclSid(ipAccessControlListSid);
            String ip = Sids.check("ipAddressSid", "IP", ipAddressSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("FriendlyName", request.friendlyName())
                    .put("IpAddress", request.ipAddress())
                    .put("CidrPrefixLength", request.cidrPrefixLength());
            return calls.fetch(UPDATE_IP,
                    opts -> http.updateEntry(account, IP_LISTS, al, IP_ENTRIES, ip, form, opts), TwilioWire::ipAddress);
        }

        @Override
        public CompletableFuture<Void> deleteIpAddress(String ipAccessControlListSid, String ipAddressSid) {
            String al = aclSid(ipAccessControlListSid);
            String ip = Sids.check("ipAddressSid", "IP", ipAddressSid);
            return calls.run(DELETE_IP, opts -> http.deleteEntry(account, IP_LISTS, al, IP_ENTRIES, ip, opts));
        }
    }

    /** Account-level credential lists and their credentials (#35 to #44). */
    final class CredentialLists implements AsyncSipCredentialLists {

        private String listSid(String value) {
            return Sids.check("credentialListSid", "CL", value);
        }

        @Override
        public CompletableFuture<SipCredentialList> create(CreateCredentialListRequest request) {
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().put("FriendlyName", request.friendlyName());
            return calls.fetch(CREATE_CL, opts -> http.createList(account, CREDENTIAL_LISTS, form, opts),
                    TwilioWire::credentialList);
        }

        @Override
        public AsyncPagedIterable<SipCredentialList> list() {
            return listing().async();
        }

        Listing<SipCredentialList> listing() {
            return new Listing<>(calls, LIST_CLS, accountPath() + "/SIP/" + CREDENTIAL_LISTS + ".json",
                    (query, opts) -> http.listLists(account, CREDENTIAL_LISTS, query, opts), "credential_lists",
                    TwilioWire::credentialList, Map.of());
        }

        @Override
        public CompletableFuture<SipCredentialList> get(String credentialListSid) {
            String cl = listSid(credentialListSid);
            return calls.fetch(FETCH_CL, opts -> http.getList(account, CREDENTIAL_LISTS, cl, opts),
                    TwilioWire::credentialList);
        }

        @Override
        public CompletableFuture<SipCredentialList> update(String credentialListSid,
                                                           UpdateCredentialListRequest request) {
            String cl = listSid(credentialListSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().put("FriendlyName", request.friendlyName());
            return calls.fetch(UPDATE_CL, opts -> http.updateList(account, CREDENTIAL_LISTS, cl, form, opts),
                    TwilioWire::credentialList);
        }

        @Override
        public CompletableFuture<Void> delete(String credentialListSid) {
            String cl = listSid(credentialListSid);
            return calls.run(DELETE_CL, opts -> http.deleteList(account, CREDENTIAL_LISTS, cl, opts));
        }

        @Override
        public CompletableFuture<SipCredential> createCredential(String credentialListSid,
                                                                 CreateCredentialRequest request) {
            String cl = listSid(credentialListSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().put("Username", request.username())
                    .putSecret("Password", request.password());
            return calls.fetch(CREATE_CR,
                    opts -> http.createEntry(account, CREDENTIAL_LISTS, cl, CREDENTIAL_ENTRIES, form, opts),
                    TwilioWire::credential);
        }

        @Override
        public AsyncPagedIterable<SipCredential> listCredentials(String credentialListSid) {
            return credentials(credentialListSid).async();
        }

        Listing<SipCredential> credentials(String credentialListSid) {
            String cl = listSid(credentialListSid);
            return new Listing<>(calls, LIST_CRS, accountPath() + "/SIP/" + CREDENTIAL_LISTS + "/" + cl + "/"
                    + CREDENTIAL_ENTRIES + ".json",
                    (query, opts) -> http.listEntries(account, CREDENTIAL_LISTS, cl, CREDENTIAL_ENTRIES, query, opts),
                    "credentials", TwilioWire::credential, Map.of());
        }

        @Override
        public CompletableFuture<SipCredential> getCredential(String credentialListSid, String credentialSid) {
            String cl = listSid(credentialListSid);
            String cr = Sids.check("credentialSid", "CR", credentialSid);
            return calls.fetch(FETCH_CR,
                    opts -> http.getEntry(account, CREDENTIAL_LISTS, cl, CREDENTIAL_ENTRIES, cr, opts),
                    TwilioWire::credential);
        }

        @Override
        public CompletableFuture<SipCredential> updateCredential(String credentialListSid, String credentialSid,
                                                                 UpdateCredentialRequest request) {
            String cl = listSid(credentialListSid);
            String cr = Sids.check("credentialSid", "CR", credentialSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().putSecret("Password", request.password());
            return calls.fetch(UPDATE_CR,
                    opts -> http.updateEntry(account, CREDENTIAL_LISTS, cl, CREDENTIAL_ENTRIES, cr, form, opts),
                    TwilioWire::credential);
        }

        @Override
        public CompletableFuture<Void> deleteCredential(String credentialListSid, String credentialSid) {
            String cl = listSid(credentialListSid);
            String cr = Sids.check("credentialSid", "CR", credentialSid);
            return calls.run(DELETE_CR,
                    opts -> http.deleteEntry(account, CREDENTIAL_LISTS, cl, CREDENTIAL_ENTRIES, cr, opts));
        }
    }

    /** The account's incoming phone numbers (#45 to #47). */
    final class IncomingNumbers implements AsyncIncomingPhoneNumbers {

        @Override
        public AsyncPagedIterable<IncomingPhoneNumber> list() {
            return listing(Map.of()).async();
        }

        Listing<IncomingPhoneNumber> listing(Map<String, String> filters) {
            return new Listing<>(calls, LIST_NUMBERS, accountPath() + "/IncomingPhoneNumbers.json",
                    (query, opts) -> http.listNumbers(account, query, opts), "incoming_phone_numbers",
                    TwilioWire::incomingPhoneNumber, filters);
        }

        /** The listing {@link #findByPhoneNumber} reads, after checking the number. */
        Listing<IncomingPhoneNumber> byPhoneNumber(String e164) {
            TwilioRules.e164(e164).ifPresent(rule -> {
                throw new EstValidationException("phone number", List.of(new FieldViolation("e164", rule)));
            });
            return listing(Map.of("PhoneNumber", e164));
        }

        @Override
        public CompletableFuture<Optional<IncomingPhoneNumber>> findByPhoneNumber(String e164) {
            return byPhoneNumber(e164).findFirst(number -> e164.equals(number.phoneNumber()));
        }

        static Optional<IncomingPhoneNumber> exactly(List<IncomingPhoneNumber> numbers, String e164) {
            return numbers.stream().filter(n -> e164.equals(n.phoneNumber())).findFirst();
        }

        @Override
        public CompletableFuture<IncomingPhoneNumber> get(String phoneNumberSid) {
            String pn = Sids.check("phoneNumberSid", "PN", phoneNumberSid);
            return calls.fetch(FETCH_NUMBER, opts -> http.getNumber(account, pn, opts),
                    TwilioWire::incomingPhoneNumber);
        }

        @Override
        public CompletableFuture<IncomingPhoneNumber> update(String phoneNumberSid,
                                                             UpdateIncomingPhoneNumberRequest request) {
            String pn = Sids.check("phoneNumberSid", "PN", phoneNumberSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("TrunkSid", request.trunkSid())
                    .put("VoiceApplicationSid", request.voiceApplicationSid())
                    .put("FriendlyName", request.friendlyName());
            return calls.fetch(UPDATE_NUMBER, opts -> http.updateNumber(account, pn, form, opts),
                    TwilioWire::incomingPhoneNumber);
        }
    }
}
