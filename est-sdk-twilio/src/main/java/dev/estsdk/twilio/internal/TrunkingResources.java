package dev.estsdk.twilio.internal;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.twilio.async.AsyncOriginationUrls;
import dev.estsdk.twilio.async.AsyncTwilioTrunks;
import dev.estsdk.twilio.model.CreateOriginationUrlRequest;
import dev.estsdk.twilio.model.CreateTrunkRequest;
import dev.estsdk.twilio.model.OriginationUrl;
import dev.estsdk.twilio.model.Recording;
import dev.estsdk.twilio.model.Trunk;
import dev.estsdk.twilio.model.TrunkCredentialList;
import dev.estsdk.twilio.model.TrunkIpAccessControlList;
import dev.estsdk.twilio.model.TrunkPhoneNumber;
import dev.estsdk.twilio.model.UpdateOriginationUrlRequest;
import dev.estsdk.twilio.model.UpdateRecordingRequest;
import dev.estsdk.twilio.model.UpdateTrunkRequest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Trunking v1 (operations 1 to 24 of the reference) over {@link TrunkingHttp}. */
final class TrunkingResources {

    private static final String TRUNKS = "/v1/Trunks";
    private static final String TRUNK = TRUNKS + "/{Sid}";
    private static final String SUB = TRUNKS + "/{TrunkSid}/";

    static final Operation CREATE_TRUNK = new Operation("CreateTrunk", "POST", TRUNKS);
    static final Operation LIST_TRUNKS = new Operation("ListTrunk", "GET", TRUNKS);
    static final Operation FETCH_TRUNK = new Operation("FetchTrunk", "GET", TRUNK);
    static final Operation UPDATE_TRUNK = Operation.idempotentWrite("UpdateTrunk", "POST", TRUNK);
    static final Operation DELETE_TRUNK = new Operation("DeleteTrunk", "DELETE", TRUNK);
    static final Operation FETCH_RECORDING = new Operation("FetchRecording", "GET", SUB + "Recording");
    static final Operation UPDATE_RECORDING = Operation.idempotentWrite("UpdateRecording", "POST", SUB + "Recording");
    static final Operation CREATE_ORIGINATION_URL = new Operation("CreateOriginationUrl", "POST", SUB + "OriginationUrls");
    static final Operation LIST_ORIGINATION_URLS = new Operation("ListOriginationUrl", "GET", SUB + "OriginationUrls");
    static final Operation FETCH_ORIGINATION_URL = new Operation("FetchOriginationUrl", "GET",
            SUB + "OriginationUrls/{Sid}");
    static final Operation UPDATE_ORIGINATION_URL = Operation.idempotentWrite("UpdateOriginationUrl", "POST",
            SUB + "OriginationUrls/{Sid}");
    static final Operation DELETE_ORIGINATION_URL = new Operation("DeleteOriginationUrl", "DELETE",
            SUB + "OriginationUrls/{Sid}");

    private final TrunkingHttp http;
    private final TwilioCalls calls;
    final Trunks trunks;
    final OriginationUrls originationUrls;
    final Associations<TrunkIpAccessControlList> ipAccessControlLists;
    final Associations<TrunkCredentialList> credentialLists;
    final Associations<TrunkPhoneNumber> phoneNumbers;

    TrunkingResources(TrunkingHttp http, TwilioCalls calls) {
        this.http = http;
        this.calls = calls;
        this.trunks = new Trunks();
        this.originationUrls = new OriginationUrls();
        this.ipAccessControlLists = new Associations<>("IpAccessControlList", "IpAccessControlLists",
                "ip_access_control_lists", "IpAccessControlListSid", "AL", TwilioWire::trunkIpAccessControlList);
        this.credentialLists = new Associations<>("CredentialList", "CredentialLists", "credential_lists",
                "CredentialListSid", "CL", TwilioWire::trunkCredentialList);
        this.phoneNumbers = new Associations<>("PhoneNumber", "PhoneNumbers", "phone_numbers", "PhoneNumberSid", "PN",
                TwilioWire::trunkPhoneNumber);
    }

    private static String trunkSid(String value) {
        return Sids.check("trunkSid", "TK", value);
    }

    /** Trunks and their recording setting (#1 to #7). */
    final class Trunks implements AsyncTwilioTrunks {

        @Override
        public CompletableFuture<Trunk> create(CreateTrunkRequest request) {
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("FriendlyName", request.friendlyName())
                    .put("DomainName", request.domainName())
                    .put("DisasterRecoveryUrl", request.disasterRecoveryUrl())
                    .put("DisasterRecoveryMethod", request.disasterRecoveryMethod())
                    .put("TransferMode", request.transferMode())
                    .put("TransferCallerId", request.transferCallerId())
                    .put("Secure", request.secure())
                    .put("CnamLookupEnabled", request.cnamLookupEnabled());
            return calls.fetch(CREATE_TRUNK, opts -> http.create(form, opts), TwilioWire::trunk);
        }

        @Override
        public AsyncPagedIterable<Trunk> list() {
            return listing().async();
        }

        Listing<Trunk> listing() {
            return new Listing<>(calls, LIST_TRUNKS, TRUNKS, (query, opts) -> http.list(query, opts), "trunks",
                    TwilioWire::trunk, Map.of());
        }

        @Override
        public CompletableFuture<Trunk> get(String trunkSid) {
            String tk = trunkSid(trunkSid);
            return calls.fetch(FETCH_TRUNK, opts -> http.get(tk, opts), TwilioWire::trunk);
        }

        @Override
        public CompletableFuture<Trunk> update(String trunkSid, UpdateTrunkRequest request) {
            String tk = trunkSid(trunkSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("FriendlyName", request.friendlyName())
                    .put("DomainName", request.domainName())
                    .put("DisasterRecoveryUrl", request.disasterRecoveryUrl())
                    .put("DisasterRecoveryMethod", request.disasterRecoveryMethod())
                    .put("TransferMode", request.transferMode())
                    .put("TransferCallerId", request.transferCallerId())
                    .put("Secure", request.secure())
                    .put("CnamLookupEnabled", request.cnamLookupEnabled());
            return calls.fetch(UPDATE_TRUNK, opts -> http.update(tk, form, opts), TwilioWire::trunk);
        }

        @Override
        public CompletableFuture<Void> delete(String trunkSid) {
            String tk = trunkSid(trunkSid);
            return calls.run(DELETE_TRUNK, opts -> http.delete(tk, opts));
        }

        @Override
        public CompletableFuture<Recording> getRecording(String trunkSid) {
            String tk = trunkSid(trunkSid);
            return calls.fetch(FETCH_RECORDING, opts -> http.getChild(tk, "Recording", Map.of(), opts),
                    TwilioWire::recording);
        }

        @Override
        public CompletableFuture<Recording> updateRecording(String trunkSid, UpdateRecordingRequest request) {
            String tk = trunkSid(trunkSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create().put("Mode", request.mode()).put("Trim", request.trim());
            return calls.fetch(UPDATE_RECORDING, opts -> http.postChild(tk, "Recording", form, opts),
                    TwilioWire::recording);
        }
    }

    /** Origination URLs (#8 to #12). */
    final class OriginationUrls implements AsyncOriginationUrls {

        private static final String SUB_NAME = "OriginationUrls";

        @Override
        public CompletableFuture<OriginationUrl> create(String trunkSid, CreateOriginationUrlRequest request) {
            String tk = trunkSid(trunkSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("FriendlyName", request.friendlyName())
                    .put("SipUrl", request.sipUrl())
                    .put("Priority", request.priority())
                    .put("Weight", request.weight())
                    .put("Enabled", request.enabled());
            return calls.fetch(CREATE_ORIGINATION_URL, opts -> http.postChild(tk, SUB_NAME, form, opts),
                    TwilioWire::originationUrl);
        }

        @Override
        public AsyncPagedIterable<OriginationUrl> list(String trunkSid) {
            return listing(trunkSid).async();
        }

        Listing<OriginationUrl> listing(String trunkSid) {
            String tk = trunkSid(trunkSid);
            return new Listing<>(calls, LIST_ORIGINATION_URLS, TRUNKS + "/" + tk + "/" + SUB_NAME,
                    (query, opts) -> http.getChild(tk, SUB_NAME, query, opts), "origination_urls",
                    TwilioWire::originationUrl, Map.of());
        }

        @Override
        public CompletableFuture<OriginationUrl> get(String trunkSid, String originationUrlSid) {
            String tk = trunkSid(trunkSid);
            String ou = Sids.check("originationUrlSid", "OU", originationUrlSid);
            return calls.fetch(FETCH_ORIGINATION_URL, opts -> http.getItem(tk, SUB_NAME, ou, opts),
                    TwilioWire::originationUrl);
        }

        @Override
        public CompletableFuture<OriginationUrl> update(String trunkSid, String originationUrlSid,
                                                        UpdateOriginationUrlRequest request) {
            String tk = trunkSid(trunkSid);
            String ou = Sids.check("originationUrlSid", "OU", originationUrlSid);
            Objects.requireNonNull(request, "request");
            TwilioForm form = TwilioForm.create()
                    .put("FriendlyName", request.friendlyName())
                    .put("SipUrl", request.sipUrl())
                    .put("Priority", request.priority())
                    .put("Weight", request.weight())
                    .put("Enabled", request.enabled());
            return calls.fetch(UPDATE_ORIGINATION_URL, opts -> http.updateItem(tk, SUB_NAME, ou, form, opts),
                    TwilioWire::originationUrl);
        }

        @Override
        public CompletableFuture<Void> delete(String trunkSid, String originationUrlSid) {
            String tk = trunkSid(trunkSid);
            String ou = Sids.check("originationUrlSid", "OU", originationUrlSid);
            return calls.run(DELETE_ORIGINATION_URL, opts -> http.deleteItem(tk, SUB_NAME, ou, opts));
        }
    }

    /**
     * One kind of trunk association (#13 to #24): addressed by the associated list's or number's
     * own SID, created with one form field.
     */
    final class Associations<T> {

        private final String subName;
        private final String key;
        private final String field;
        private final String prefix;
        private final Function<JsonNode, T> toModel;
        private final Operation add;
        private final Operation list;
        private final Operation fetch;
        private final Operation remove;

        Associations(String singular, String subName, String key, String field, String prefix,
                     Function<JsonNode, T> toModel) {
            this.subName = subName;
            this.key = key;
            this.field = field;
            this.prefix = prefix;
            this.toModel = toModel;
            this.add = new Operation("Create" + singular, "POST", SUB + subName);
            this.list = new Operation("List" + singular, "GET", SUB + subName);
            this.fetch = new Operation("Fetch" + singular, "GET", SUB + subName + "/{Sid}");
            this.remove = new Operation("Delete" + singular, "DELETE", SUB + subName + "/{Sid}");
        }

        private String sid(String value) {
            return Sids.check("sid", prefix, value);
        }

        CompletableFuture<T> add(String trunkSid, String sid) {
            String tk = trunkSid(trunkSid);
            TwilioForm form = TwilioForm.create().put(field, sid(sid));
            return calls.fetch(add, opts -> http.postChild(tk, subName, form, opts), toModel);
        }

        AsyncPagedIterable<T> list(String trunkSid) {
            return listing(trunkSid).async();
        }

        Listing<T> listing(String trunkSid) {
            String tk = trunkSid(trunkSid);
            return new Listing<>(calls, list, TRUNKS + "/" + tk + "/" + subName,
                    (query, opts) -> http.getChild(tk, subName, query, opts), key, toModel, Map.of());
        }

        CompletableFuture<T> get(String trunkSid, String sid) {
            String tk = trunkSid(trunkSid);
            String item = sid(sid);
            return calls.fetch(fetch, opts -> http.getItem(tk, subName, item, opts), toModel);
        }

        CompletableFuture<Void> remove(String trunkSid, String sid) {
            String tk = trunkSid(trunkSid);
            String item = sid(sid);
            return calls.run(remove, opts -> http.deleteItem(tk, subName, item, opts));
        }
    }
}
