package dev.estsdk.api.async;

import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.PhoneNumbers}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncPhoneNumbers {

    /**
     * Lists every phone number of the project.
     *
     * @return the lazy listing; nothing is fetched yet
     */
    default AsyncPagedIterable<PhoneNumber> list() {
        return list(PhoneNumberFilter.builder().build());
    }

    /**
     * Lists the phone numbers that match a filter.
     *
     * @param filter see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<PhoneNumber> list(PhoneNumberFilter filter);

    /**
     * Lists the phone numbers that match a filter described on a fresh builder.
     *
     * @param filter see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    default AsyncPagedIterable<PhoneNumber> list(Consumer<PhoneNumberFilter.Builder> filter) {
        PhoneNumberFilter.Builder builder = PhoneNumberFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * Reads a phone number.
     *
     * @param phoneNumber see the synchronous method
     * @return the future result
     */
    CompletableFuture<PhoneNumber> get(String phoneNumber);

    /**
     * Assigns a phone number to a trunk.
     *
     * @param trunkId see the synchronous method
     * @param phoneNumber see the synchronous method
     * @return the future result
     */
    CompletableFuture<PhoneNumber> assign(String trunkId, String phoneNumber);

    /**
     * Removes a phone number from its trunk.
     *
     * @param phoneNumber see the synchronous method
     * @return the future result
     */
    CompletableFuture<Void> unassign(String phoneNumber);
}
