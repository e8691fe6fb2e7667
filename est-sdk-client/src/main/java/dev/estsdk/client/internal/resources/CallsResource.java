package dev.estsdk.client.internal.resources;

import dev.estsdk.api.async.AsyncCalls;
import dev.estsdk.api.async.AsyncPagedIterable;
import dev.estsdk.api.exception.EstValidationException;
import dev.estsdk.api.exception.FieldViolation;
import dev.estsdk.api.model.Call;
import dev.estsdk.api.model.CallExportRequest;
import dev.estsdk.api.model.CallFilter;
import dev.estsdk.api.model.CallRecordsExport;
import dev.estsdk.api.model.Direction;
import dev.estsdk.core.internal.Operation;
import dev.estsdk.client.internal.resources.CallApi.CallRecord;

import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link AsyncCalls} over {@link CallApi}.
 *
 * <p>A creation-time range goes out as {@code createTime%3E=…} and {@code createTime%3C=…}: the
 * JDK's URI refuses a raw {@code >}, and the encoded name decodes on the server to exactly the
 * name ({@code createTime>}) and value the literal {@code createTime>=…} yields.
 */
final class CallsResource implements AsyncCalls {

    private static final String CALLS = "/v1/projects/{projectId}/calls";

    static final Operation LIST = new Operation("FindCalls", "GET", CALLS);
    static final Operation EXPORT = new Operation("ExportCallRecords", "GET", CALLS + "/export");
    static final Operation PCAP = new Operation("GetPcap", "GET", CALLS + "/records/{pcapId}/pcap");

    private final String project;
    private final CallApi api;
    private final Runner calls;

    CallsResource(String encodedProjectId, CallApi api, Runner calls) {
        this.project = encodedProjectId;
        this.api = api;
        this.calls = calls;
    }

    @Override
    public AsyncPagedIterable<Call> list(CallFilter filter) {
        Map<String, String> query = conditions(Objects.requireNonNull(filter, "filter")).toMap();
        return Paging.list(calls, LIST, (page, size, opts) -> api.find(project, page, size, query, opts),
                CallRecord::toModel, filter.pageSize(), CallFilter.MAX_PAGE_SIZE);
    }

    @Override
    public CompletableFuture<CallRecordsExport> export(CallExportRequest request) {
        Objects.requireNonNull(request, "request");
        // The filter's conditions but not its page size: the export is not paged.
        Map<String, String> query = conditions(request.filter())
                .add("fromCountryCode", request.fromCountryCode())
                .add("toCountryCode", request.toCountryCode())
                .add("emergencyOnly", request.emergencyOnly())
                .add("region", request.region())
                .addJoined("projectIds", request.projectIds())
                .add("fileName", request.fileName())
                .add("groupId", request.groupId())
                .add("parentId", request.parentId())
                .add("relationshipType", request.relationshipType())
                .add("hasChildren", request.hasChildren())
                .toMap();
        return Runner.map(calls.exchange(EXPORT, opts -> api.export(project, query, opts)), response -> {
            byte[] body = response.value() == null ? new byte[0] : response.value();
            return new CallRecordsExport(ContentHeaders.fileName(response.headers()),
                    new String(body, ContentHeaders.charset(response.headers())));
        });
    }

    @Override
    public CompletableFuture<byte[]> downloadPcap(String pcapId, Direction direction) {
        String id = PathSegments.encode("pcapId", pcapId);
        if (direction == null) {
            throw new EstValidationException("request",
                    List.of(new FieldViolation("direction", "is required: INBOUND or OUTBOUND")));
        }
        Map<String, String> query = new QueryParameters().add("direction", direction.value()).toMap();
        return Runner.map(calls.execute(PCAP, opts -> api.pcap(project, id, query, opts)),
                capture -> capture == null ? new byte[0] : capture);
    }

    /** The conditions shared by list and export, in the order the reference lists them. */
    private static QueryParameters conditions(CallFilter filter) {
        return new QueryParameters()
                .add("from", filter.from())
                .add("to", filter.to())
                .add("trunkId", filter.trunkId())
                .add("createTime", filter.createTime())
                .add("createTime>", filter.createdFrom())
                .add("createTime<", filter.createdTo())
                .add("callResult", filter.callResult())
                .addJoined("direction", filter.directions());
    }
}
