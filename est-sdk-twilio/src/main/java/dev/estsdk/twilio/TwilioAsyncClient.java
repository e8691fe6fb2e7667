package dev.estsdk.twilio;

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
import dev.estsdk.twilio.internal.AsyncTwilioResources;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The asynchronous view of a {@link TwilioClient}, from {@link TwilioClient#async()}: every
 * operation returns a {@link CompletableFuture} at once and no thread waits while a call is in
 * flight or between its attempts. Retries, deadlines, errors, listener events and secrecy are
 * those of the synchronous client, whose calls run on the same pipeline.
 *
 * <pre>{@code
 * twilio.async().trunks().get(trunkSid)
 *     .thenCompose(trunk -> twilio.async().trunkPhoneNumbers().add(trunk.sid(), numberSid))
 *     .whenComplete((number, failure) -> ...);
 * }</pre>
 *
 * <p>A future fails with the {@link dev.estsdk.api.exception.EstException} the synchronous
 * method would throw; input that breaks a rule is refused at once, before any request, by a
 * thrown {@link dev.estsdk.api.exception.EstValidationException}. Cancelling a future cancels its
 * call. Callbacks run on the client's I/O threads unless an executor is given: keep them short.
 * Closing the {@code TwilioClient} fails every future still pending.
 */
public final class TwilioAsyncClient implements TwilioAsyncApi {

    private final AsyncTwilioResources resources;

    TwilioAsyncClient(AsyncTwilioResources resources) {
        this.resources = resources;
    }

    /**
     * Runs one call and completes with its value and the HTTP response it came from. When the
     * function makes several calls, the response is that of the last one to complete.
     *
     * @param call starts the call on the given API
     * @param <T>  the value's type
     * @return the value with its status, headers, request id and attempts
     * @throws NullPointerException if {@code call} is null
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<EstResponse<T>> withResponse(
            Function<? super TwilioAsyncApi, ? extends CompletableFuture<? extends T>> call) {
        Objects.requireNonNull(call, "call");
        AtomicReference<EstResponse<?>> last = new AtomicReference<>();
        CompletableFuture<? extends T> started = call.apply(resources.capturing(last::set));
        CompletableFuture<EstResponse<T>> result = started.thenApply(value -> {
            EstResponse<?> response = last.get();
            if (response == null) {
                throw new IllegalStateException("withResponse: the function made no API call");
            }
            return response.withValue((T) value);
        });
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                started.cancel(true);
            }
        });
        return result;
    }

    @Override
    public String accountSid() {
        return resources.accountSid();
    }

    @Override
    public AsyncTwilioTrunks trunks() {
        return resources.trunks();
    }

    @Override
    public AsyncOriginationUrls originationUrls() {
        return resources.originationUrls();
    }

    @Override
    public AsyncTrunkIpAccessControlLists trunkIpAccessControlLists() {
        return resources.trunkIpAccessControlLists();
    }

    @Override
    public AsyncTrunkCredentialLists trunkCredentialLists() {
        return resources.trunkCredentialLists();
    }

    @Override
    public AsyncTrunkPhoneNumbers trunkPhoneNumbers() {
        return resources.trunkPhoneNumbers();
    }

    @Override
    public AsyncSipIpAccessControlLists ipAccessControlLists() {
        return resources.ipAccessControlLists();
    }

    @Override
    public AsyncSipCredentialLists credentialLists() {
        return resources.credentialLists();
    }

    @Override
    public AsyncIncomingPhoneNumbers incomingPhoneNumbers() {
        return resources.incomingPhoneNumbers();
    }

    /**
     * Describes the view without secrets.
     *
     * @return e.g. {@code TwilioAsyncClient[accountSid=AC…]}
     */
    @Override
    public String toString() {
        return "TwilioAsyncClient[accountSid=" + resources.accountSid() + "]";
    }
}
