package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.internal.model.CallRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The call-record export as the service writes it: a header row and one row per call, every value quoted. */
public final class CallCsv {

    /** The header columns, in order. */
    public static final List<String> HEADER = List.of("Timestamp", "Call Id", "Answer Time", "End Time", "From", "To",
            "Trunk Id", "Trunk Name", "Direction", "Duration (s)", "Result", "To Country", "From Country",
            "Is Emergency Call", "Price Per Minute", "Cost", "Cause Code", "SIP Response Code", "Region", "MOS",
            "Transport", "Port", "Project Id", "Group Id", "Relationship Type", "Has Children");

    private CallCsv() {
    }

    /**
     * @param calls the rows
     * @return the CSV text, lines ending in CRLF
     */
    public static String write(List<CallRecord> calls) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (CallRecord c : calls) {
            row(out, List.of(c.createTime().toString(), c.callId(), text(c.answerTime()), text(c.endTime()), c.from(),
                    c.to(), c.trunkId(), text(c.trunkName()), c.direction(), String.valueOf(c.durationSeconds()),
                    c.callResult(), text(c.toCountryCode()), text(c.fromCountryCode()), String.valueOf(c.emergency()),
                    money(c.pricePerMinute(), c.currencyCode()), money(c.price(), c.currencyCode()),
                    c.sipResponseCode() == 200 ? "16" : "21", String.valueOf(c.sipResponseCode()), text(c.region()),
                    c.callResult().equals("COMPLETED") ? "4.3" : "null", "udp", "5060", c.projectId(),
                    text(c.groupId()), text(c.relationshipType()), String.valueOf(c.hasChildren())));
        }
        return out.toString();
    }

    private static String text(Object o) {
        return o == null ? "null" : o.toString();
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.setScale(4, RoundingMode.HALF_UP).toPlainString() + " " + currency;
    }

    private static void row(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
