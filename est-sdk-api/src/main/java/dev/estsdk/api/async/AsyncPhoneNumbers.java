package dev.estsdk.api.async;

import dev.estsdk.api.model.PhoneNumber;
import dev.estsdk.api.model.PhoneNumberFilter;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.PhoneNumbers}, returning futures. Operations,
 * rules and exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncPhoneNumbers {

    /** {@return every EST number of the project; see {@link dev.estsdk.api.PhoneNumbers#list()}} */
    default AsyncPagedIterable<PhoneNumber> list() {
        return list(PhoneNumberFilter.builder().build());
    }

    /**
     * {@return the numbers matching a filter; see
     * {@link dev.estsdk.api.PhoneNumbers#list(PhoneNumberFilter)}}
     * @param filter the conditions
     */
    AsyncPagedIterable<PhoneNumber> list(PhoneNumberFilter filter);

    /**
     * {@return the numbers matching a filter; see
     * {@link dev.estsdk.api.PhoneNumbers#list(Consumer)}}
     * @param filter sets the conditions
     */
    default AsyncPagedIterable<PhoneNumber> list(Consumer<PhoneNumberFilter.Builder> filter) {
        PhoneNumberFilter.Builder builder = PhoneNumberFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * {@return a future of the number; see {@link dev.estsdk.api.PhoneNumbers#get(String)}}
     * @param phoneNumber the number in E.164
     */
    CompletableFuture<PhoneNumber> get(String phoneNumber);

    /**
     * {@return a future of the number as assigned; see
     * {@link dev.estsdk.api.PhoneNumbers#assign(String, String)}}
     * @param trunkId the trunk id
     * @param phoneNumber the number in E.164
     */
    CompletableFuture<PhoneNumber> assign(String trunkId, String phoneNumber);

    /**
     * {@return a future completing once the number is unassigned; see
     * {@link dev.estsdk.api.PhoneNumbers#unassign(String)}}
     * @param phoneNumber the number in E.164
     */
    CompletableFuture<Void> unassign(String phoneNumber);
}
