package dev.estsdk.api.async;

import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallExportRequest;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.Direction;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.Calls}: the same operations, rules and
 * exceptions, documented there. Each method returns at once; its future completes with the
 * result or fails with the {@link dev.estsdk.api.exception.EstException} the synchronous method
 * would throw, and no thread waits meanwhile. Input that breaks a rule is refused at once, before
 * any request: {@link dev.estsdk.api.exception.EstValidationException}, or
 * {@link NullPointerException} for a null argument. Cancelling a future cancels its call.
 */
public interface AsyncCalls {

    /**
     * Lists the call records that match a filter.
     *
     * @param filter see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    AsyncPagedIterable<Call> list(CallFilter filter);

    /**
     * Lists the call records that match a filter described on a fresh builder.
     *
     * @param filter see the synchronous method
     * @return the lazy listing; nothing is fetched yet
     */
    default AsyncPagedIterable<Call> list(Consumer<CallFilter.Builder> filter) {
        CallFilter.Builder builder = CallFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * Exports call records as CSV.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    CompletableFuture<CallRecordsExport> export(CallExportRequest request);

    /**
     * Exports call records described on a fresh builder.
     *
     * @param request see the synchronous method
     * @return the future result
     */
    default CompletableFuture<CallRecordsExport> export(Consumer<CallExportRequest.Builder> request) {
        CallExportRequest.Builder builder = CallExportRequest.builder();
        request.accept(builder);
        return export(builder.build());
    }

    /**
     * Downloads a call's packet capture.
     *
     * @param pcapId see the synchronous method
     * @param direction see the synchronous method
     * @return the future result
     */
    CompletableFuture<byte[]> downloadPcap(String pcapId, Direction direction);
}
