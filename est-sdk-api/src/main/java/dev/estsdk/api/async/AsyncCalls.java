package dev.estsdk.api.async;

import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallExportRequest;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.Direction;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link dev.estsdk.api.Calls}, returning futures. Operations, rules and
 * exceptions are documented there; how futures fail, in the package overview.
 */
public interface AsyncCalls {

    /**
     * {@return the call records matching a filter; see
     * {@link dev.estsdk.api.Calls#list(CallFilter)}}
     * @param filter the conditions
     */
    AsyncPagedIterable<Call> list(CallFilter filter);

    /**
     * {@return the call records matching a filter; see {@link dev.estsdk.api.Calls#list(Consumer)}}
     * @param filter sets the conditions
     */
    default AsyncPagedIterable<Call> list(Consumer<CallFilter.Builder> filter) {
        CallFilter.Builder builder = CallFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * {@return a future of the CSV export; see
     * {@link dev.estsdk.api.Calls#export(CallExportRequest)}}
     * @param request the conditions
     */
    CompletableFuture<CallRecordsExport> export(CallExportRequest request);

    /**
     * {@return a future of the CSV export; see {@link dev.estsdk.api.Calls#export(Consumer)}}
     * @param request sets the conditions
     */
    default CompletableFuture<CallRecordsExport> export(Consumer<CallExportRequest.Builder> request) {
        CallExportRequest.Builder builder = CallExportRequest.builder();
        request.accept(builder);
        return export(builder.build());
    }

    /**
     * {@return a future of the {@code .pcap} bytes; see
     * {@link dev.estsdk.api.Calls#downloadPcap(String, Direction)}}
     * @param pcapId the call's {@link Call#pcapId()}
     * @param direction which leg
     */
    CompletableFuture<byte[]> downloadPcap(String pcapId, Direction direction);
}
