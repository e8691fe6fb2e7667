package dev.estsdk.testkit.internal.api;

import dev.estsdk.testkit.EstOperation;
import dev.estsdk.testkit.internal.calls.CallCsv;
import dev.estsdk.testkit.internal.calls.CallQuery;
import dev.estsdk.testkit.internal.calls.ExportQuery;
import dev.estsdk.testkit.internal.calls.Pcap;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.http.PageRequest;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.CallRecord;
import dev.estsdk.testkit.internal.model.ProjectState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Operations #42–#44: find calls (newest first), export them as CSV, download a PCAP. */
final class CallHandlers {

    /** Calls: default page size 100, maximum 1000. */
    private static final int DEFAULT_SIZE = 100;
    private static final int MAX_SIZE = 1000;
    private static final Duration PCAP_RETENTION = Duration.ofDays(10);
    private static final Comparator<CallRecord> NEWEST_FIRST =
            Comparator.comparing(CallRecord::createTime).reversed().thenComparing(CallRecord::callId);

    private CallHandlers() {
    }

    static void register(Map<EstOperation, Handler> into) {
        into.put(EstOperation.FIND_CALLS, CallHandlers::find);
        into.put(EstOperation.EXPORT_CALL_RECORDS, CallHandlers::export);
        into.put(EstOperation.GET_PCAP, CallHandlers::pcap);
    }

    private static ApiResponse find(OperationContext ctx) {
        PageRequest page = PageRequest.from(ctx.request().query(), DEFAULT_SIZE, MAX_SIZE);
        CallQuery query = CallQuery.from(ctx.request().query(), ctx.now());
        List<CallRecord> calls = ctx.project().calls().stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
        return ApiResponse.json(200, page.envelope("calls", calls, JsonViews::call));
    }

    private static ApiResponse export(OperationContext ctx) {
        ExportQuery query = ExportQuery.from(ctx.request().query(), ctx.now());
        List<CallRecord> calls = new ArrayList<>(ctx.project().calls());
        for (String other : query.projectIds()) {
            ProjectState p = ctx.sim().project(other);
            if (p != null && p != ctx.project()) {
                calls.addAll(ctx.sim().locked(p, s -> List.copyOf(s.calls())));
            }
        }
        List<CallRecord> rows = calls.stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
        if (ctx.request().query().has("size") || ctx.request().query().has("page")) {
            PageRequest page = PageRequest.from(ctx.request().query(), DEFAULT_SIZE, MAX_SIZE);
            int from = Math.min(rows.size(), (page.page() - 1) * page.size());
            rows = rows.subList(from, Math.min(rows.size(), from + page.size()));
        }
        return ApiResponse.text(200, "application/csv", CallCsv.write(rows))
                .withHeader("Content-Disposition", "attachment; filename=\"" + query.fileName() + "\"");
    }

    private static ApiResponse pcap(OperationContext ctx) {
        String pcapId = ctx.param("pcapId");
        String direction = ctx.request().query().first("direction");
        direction = direction == null ? "OUTBOUND" : direction.toUpperCase(Locale.ROOT);
        if (!direction.equals("INBOUND") && !direction.equals("OUTBOUND")) {
            throw ApiException.badRequest("direction: must be INBOUND or OUTBOUND");
        }
        CallRecord call = ctx.project().calls().stream().filter(c -> pcapId.equals(c.pcapId())).findFirst()
                .orElseThrow(() -> ApiException.notFound("PCAP", pcapId));
        if (call.createTime().plus(PCAP_RETENTION).isBefore(ctx.now())) {
            throw new ApiException(404, "NO_RESOURCE_FOUND",
                    "PCAP " + pcapId + " is no longer available: captures are kept 10 days", List.of());
        }
        return ApiResponse.bytes(200, "application/octet-stream", Pcap.capture(call, direction))
                .withHeader("Content-Disposition", "attachment; filename=\"" + pcapId + ".pcap\"");
    }
}
