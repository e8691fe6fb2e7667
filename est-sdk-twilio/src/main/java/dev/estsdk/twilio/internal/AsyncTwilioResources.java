package dev.estsdk.twilio.internal;

import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.core.EstResponse;
import dev.estsdk.twilio.async.AsyncIncomingPhoneNumbers;
import dev.estsdk.twilio.async.AsyncOriginationUrls;
import dev.estsdk.twilio.async.AsyncSipCredentialLists;
import dev.estsdk.twilio.async.AsyncSipIpAccessControlLists;
import dev.estsdk.twilio.async.AsyncTrunkCredentialLists;
import dev.estsdk.twilio.async.AsyncTrunkIpAccessControlLists;
import dev.estsdk.twilio.async.AsyncTrunkPhoneNumbers;
import dev.estsdk.twilio.async.AsyncTwilioTrunks;
import dev.estsdk.twilio.async.TwilioAsyncApi;
import dev.estsdk.twilio.model.TrunkCredentialList;
import dev.estsdk.twilio.model.TrunkIpAccessControlList;
import dev.estsdk.twilio.model.TrunkPhoneNumber;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Every Twilio resource, written once asynchronously on the pipeline; {@link SyncTwilioResources}
 * awaits the same calls. Thread-safe and stateless beyond its wiring.
 */
public final class AsyncTwilioResources implements TwilioAsyncApi {

    private final String accountSid;
    private final TrunkingHttp trunkingHttp;
    private final AccountHttp accountHttp;
    private final TwilioCalls calls;
    final TrunkingResources trunking;
    final AccountResources account;
    private final AsyncTrunkIpAccessControlLists trunkAcls;
    private final AsyncTrunkCredentialLists trunkCredentialLists;
    private final AsyncTrunkPhoneNumbers trunkNumbers;

    AsyncTwilioResources(String accountSid, TrunkingHttp trunkingHttp, AccountHttp accountHttp, TwilioCalls calls) {
        this.accountSid = accountSid;
        this.trunkingHttp = trunkingHttp;
        this.accountHttp = accountHttp;
        this.calls = calls;
        this.trunking = new TrunkingResources(trunkingHttp, calls);
        this.account = new AccountResources(accountSid, accountHttp, calls);
        TrunkingResources.Associations<TrunkIpAccessControlList> acls = trunking.ipAccessControlLists;
        this.trunkAcls = new AsyncTrunkIpAccessControlLists() {
            @Override
            public CompletableFuture<TrunkIpAccessControlList> add(String trunkSid, String sid) {
                return acls.add(trunkSid, sid);
            }

            @Override
            public AsyncPagedIterable<TrunkIpAccessControlList> list(String trunkSid) {
                return acls.list(trunkSid);
            }

            @Override
            public CompletableFuture<TrunkIpAccessControlList> get(String trunkSid, String sid) {
                return acls.get(trunkSid, sid);
            }

            @Override
            public CompletableFuture<Void> remove(String trunkSid, String sid) {
                return acls.remove(trunkSid, sid);
            }
        };
        TrunkingResources.Associations<TrunkCredentialList> lists = trunking.credentialLists;
        this.trunkCredentialLists = new AsyncTrunkCredentialLists() {
            @Override
            public CompletableFuture<TrunkCredentialList> add(String trunkSid, String sid) {
                return lists.add(trunkSid, sid);
            }

            @Override
            public AsyncPagedIterable<TrunkCredentialList> list(String trunkSid) {
                return lists.list(trunkSid);
            }

            @Override
            public CompletableFuture<TrunkCredentialList> get(String trunkSid, String sid) {
                return lists.get(trunkSid, sid);
            }

            @Override
            public CompletableFuture<Void> remove(String trunkSid, String sid) {
                return lists.remove(trunkSid, sid);
            }
        };
        TrunkingResources.Associations<TrunkPhoneNumber> numbers = trunking.phoneNumbers;
        this.trunkNumbers = new AsyncTrunkPhoneNumbers() {
            @Override
            public CompletableFuture<TrunkPhoneNumber> add(String trunkSid, String sid) {
                return numbers.add(trunkSid, sid);
            }

            @Override
            public AsyncPagedIterable<TrunkPhoneNumber> list(String trunkSid) {
                return numbers.list(trunkSid);
            }

            @Override
            public CompletableFuture<TrunkPhoneNumber> get(String trunkSid, String sid) {
                return numbers.get(trunkSid, sid);
            }

            @Override
            public CompletableFuture<Void> remove(String trunkSid, String sid) {
                return numbers.remove(trunkSid, sid);
            }
        };
    }

    /**
     * The resources over a runtime's pipeline and proxies.
     *
     * @param runtime the client's runtime
     * @return the resources
     */
    public static AsyncTwilioResources of(TwilioRuntime runtime) {
        return new AsyncTwilioResources(runtime.accountSid(), runtime.trunking(), runtime.account(),
                new TwilioCalls(runtime.pipeline()));
    }

    /**
     * The same resources, also handing every response to a sink (how {@code withResponse} works).
     *
     * @param responses sees each response
     * @return new resources on the same pipeline
     */
    public AsyncTwilioResources capturing(Consumer<EstResponse<?>> responses) {
        return new AsyncTwilioResources(accountSid, trunkingHttp, accountHttp, calls.capturing(responses));
    }

    @Override
    public String accountSid() {
        return accountSid;
    }

    @Override
    public AsyncTwilioTrunks trunks() {
        return trunking.trunks;
    }

    @Override
    public AsyncOriginationUrls originationUrls() {
        return trunking.originationUrls;
    }

    @Override
    public AsyncTrunkIpAccessControlLists trunkIpAccessControlLists() {
        return trunkAcls;
    }

    @Override
    public AsyncTrunkCredentialLists trunkCredentialLists() {
        return trunkCredentialLists;
    }

    @Override
    public AsyncTrunkPhoneNumbers trunkPhoneNumbers() {
        return trunkNumbers;
    }

    @Override
    public AsyncSipIpAccessControlLists ipAccessControlLists() {
        return account.ipAccessControlLists;
    }

    @Override
    public AsyncSipCredentialLists credentialLists() {
        return account.credentialLists;
    }

    @Override
    public AsyncIncomingPhoneNumbers incomingPhoneNumbers() {
        return account.incomingPhoneNumbers;
    }

    /** @return the pipeline-free description, e.g. for the client's {@code toString()} */
    @Override
    public String toString() {
        return "AsyncTwilioResources[accountSid=" + accountSid + "]";
    }
}
