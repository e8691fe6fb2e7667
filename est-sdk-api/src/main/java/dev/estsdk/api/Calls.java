package dev.estsdk.api;

import dev.estsdk.api.exception.EstClientException;
import dev.estsdk.api.exception.EstServiceException;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.NotFoundException;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallExportRequest;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.Direction;

import java.util.function.Consumer;

/**
 * Call detail records: listing, CSV export and packet captures (operations 42 to 44).
 *
 * <p>Every method may throw {@link EstServiceException} for an error response and
 * {@link EstClientException} when the call fails on the way. An id that is null, blank or not a
 * path segment, or a filter or request breaking a rule, throws {@link EstValidationException}
 * before any request; a null filter, request or callback throws {@link NullPointerException}.
 */
public interface Calls {

    /**
     * Finds call records (#42, {@code GET /calls}), lazily, in pages of the filter's page size
     * (at most 1000). Without a creation-time condition the server returns the last 24 hours.
     * @param filter the conditions
     * @return the records; nothing is fetched until iteration starts
     */
    PagedIterable<Call> list(CallFilter filter);

    /**
     * Finds call records matching a filter described on a fresh builder (#42):
     * {@code list(f -> f.trunkId(id).createdOn(LocalDate.now(ZoneOffset.UTC)))}.
     * @param filter sets the conditions
     * @return the records; nothing is fetched until iteration starts
     */
    default PagedIterable<Call> list(Consumer<CallFilter.Builder> filter) {
        CallFilter.Builder builder = CallFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * Exports call records as CSV (#43, {@code GET /calls/export}).
     * @param request the conditions
     * @return the CSV text and the file name the server proposed
     */
    CallRecordsExport export(CallExportRequest request);

    /**
     * Exports call records described on a fresh builder (#43).
     * @param request sets the conditions
     * @return the CSV text and the file name
     */
    default CallRecordsExport export(Consumer<CallExportRequest.Builder> request) {
        CallExportRequest.Builder builder = CallExportRequest.builder();
        request.accept(builder);
        return export(builder.build());
    }

    /**
     * Downloads the packet capture of one leg of a call (#44,
     * {@code GET /calls/records/{pcapId}/pcap?direction=...}). Captures are kept 10 days; calls
     * handled by call forwarding have none.
     * @param pcapId    the call's {@link Call#pcapId()}
     * @param direction which leg: {@link Direction#INBOUND} or {@link Direction#OUTBOUND}
     * @return the {@code .pcap} bytes
     * @throws EstValidationException if pcapId is blank or direction is null
     * @throws NotFoundException      if no capture exists (or it expired)
     */
    byte[] downloadPcap(String pcapId, Direction direction);
}
