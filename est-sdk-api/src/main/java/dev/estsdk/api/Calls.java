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
 * <p>Every method may also throw {@link EstServiceException} for other error responses and
 * {@link EstClientException} when the call fails on the way.
 */
public interface Calls {

    /**
     * Finds call records (#42, {@code GET /calls}), lazily, in pages of the filter's page size
     * (at most 1000). Without a creation-time condition the server returns the last 24 hours.
     *
     * @param filter the conditions
     * @return the records; nothing is fetched until iteration starts
     * @throws NullPointerException if filter is null
     */
    PagedIterable<Call> list(CallFilter filter);

    /**
     * Finds call records matching a filter described on a fresh {@link CallFilter.Builder} (#42):
     * {@code list(f -> f.trunkId(id).createdOn(LocalDate.now(ZoneOffset.UTC)))}.
     *
     * @param filter sets the conditions
     * @return the records; nothing is fetched until iteration starts
     * @throws EstValidationException if the filter breaks a builder rule
     */
    default PagedIterable<Call> list(Consumer<CallFilter.Builder> filter) {
        CallFilter.Builder builder = CallFilter.builder();
        filter.accept(builder);
        return list(builder.build());
    }

    /**
     * Exports call records as CSV (#43, {@code GET /calls/export}).
     *
     * @param request the conditions
     * @return the CSV text and the file name the server proposed
     * @throws NullPointerException if request is null
     * @throws EstServiceException  for an error response
     * @throws EstClientException   if the call fails on the way
     */
    CallRecordsExport export(CallExportRequest request);

    /**
     * Exports call records described on a fresh {@link CallExportRequest.Builder} (#43).
     *
     * @param request sets the conditions
     * @return the CSV text and the file name
     * @throws EstValidationException if the request breaks a builder rule
     * @throws EstServiceException    for an error response
     * @throws EstClientException     if the call fails on the way
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
     *
     * @param pcapId    the call's {@link Call#pcapId()}
     * @param direction which leg: {@link Direction#INBOUND} or {@link Direction#OUTBOUND}
     * @return the {@code .pcap} bytes
     * @throws EstValidationException if pcapId is blank or direction is null
     * @throws NotFoundException      if no capture exists (or it expired)
     * @throws EstServiceException    for any other error response
     * @throws EstClientException     if the call fails on the way
     */
    byte[] downloadPcap(String pcapId, Direction direction);
}
