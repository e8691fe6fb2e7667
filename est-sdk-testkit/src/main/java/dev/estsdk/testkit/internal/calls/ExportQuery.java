package dev.estsdk.testkit.internal.calls;

import dev.estsdk.testkit.internal.http.QueryParams;
import dev.estsdk.testkit.internal.model.CallRecord;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The export's filters on top of {@link CallQuery}: {@code fromCountryCode}, {@code toCountryCode},
 * {@code emergencyOnly}, {@code region}, {@code projectIds} (other projects to include),
 * {@code groupId}, {@code parentId}, {@code relationshipType}, {@code hasChildren}, and the
 * {@code fileName} of the download.
 *
 * @param calls the common call filters
 * @param fromCountry caller country, or null
 * @param toCountry callee country, or null
 * @param emergencyOnly whether only emergency calls are wanted
 * @param region edge region, or null
 * @param projectIds further projects to include
 * @param groupId group, or null
 * @param parentId parent call, or null
 * @param relationshipType relationship type, or null
 * @param hasChildren required value of hasChildren, or null
 * @param fileName the file name for {@code Content-Disposition}
 */
public record ExportQuery(CallQuery calls, String fromCountry, String toCountry, boolean emergencyOnly,
        String region, List<String> projectIds, String groupId, String parentId, String relationshipType,
        Boolean hasChildren, String fileName) {

    /** File name used when none is asked for. */
    public static final String DEFAULT_FILE_NAME = "EST_call_records.csv";

    /**
     * @param q the query parameters
     * @param now the simulator's current time
     * @return the export filter
     */
    public static ExportQuery from(QueryParams q, Instant now) {
        String file = q.first("fileName");
        file = file == null || file.isBlank() ? DEFAULT_FILE_NAME : file.replaceAll("[^A-Za-z0-9._-]", "_");
        String children = q.first("hasChildren");
        return new ExportQuery(CallQuery.from(q, now), upper(q.first("fromCountryCode")),
                upper(q.first("toCountryCode")), "true".equalsIgnoreCase(q.first("emergencyOnly")), q.first("region"),
                q.list("projectIds"), q.first("groupId"), q.first("parentId"), q.first("relationshipType"),
                children == null ? null : Boolean.valueOf(children), file);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /**
     * @param c a call record
     * @return whether it passes every filter
     */
    public boolean matches(CallRecord c) {
        return calls.matches(c)
                && (fromCountry == null || fromCountry.equals(c.fromCountryCode()))
                && (toCountry == null || toCountry.equals(c.toCountryCode()))
                && (!emergencyOnly || c.emergency())
                && (region == null || region.equalsIgnoreCase(c.region()))
                && (groupId == null || groupId.equals(c.groupId()))
                && (parentId == null || parentId.equals(c.parentId()))
                && (relationshipType == null || relationshipType.equalsIgnoreCase(c.relationshipType()))
                && (hasChildren == null || hasChildren == c.hasChildren());
    }
}
