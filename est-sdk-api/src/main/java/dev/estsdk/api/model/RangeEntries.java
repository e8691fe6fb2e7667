package dev.estsdk.api.model;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The IP ranges an access control list request builder has collected, held unchecked so that
 * {@code build()} can name a broken range by its index ({@code ipRanges[1].range}).
 */
final class RangeEntries {

    /** One range's values as given; null stands for a null range. */
    record Entry(@Nullable String description, @Nullable String ipAddress, int range) {
    }

    private final List<@Nullable Entry> entries = new ArrayList<>();
    private boolean nullList;

    void add(@Nullable String description, @Nullable String ipAddress, int range) {
        entries.add(new Entry(description, ipAddress, range));
    }

    void add(@Nullable NewIpRange range) {
        entries.add(range == null ? null : new Entry(range.description(), range.ipAddress(), range.range()));
    }

    void addEntry(Entry entry) {
        entries.add(entry);
    }

    void replaceAll(@Nullable Collection<NewIpRange> ranges) {
        entries.clear();
        nullList = ranges == null;
        if (ranges != null) {
            ranges.forEach(this::add);
        }
    }

    void check(Check check, boolean atLeastOne) {
        if (nullList) {
            check.fail("ipRanges", "is required");
            return;
        }
        if (atLeastOne && entries.isEmpty()) {
            check.fail("ipRanges", "must contain at least one IP range");
        }
        for (int i = 0; i < entries.size(); i++) {
            String field = "ipRanges[" + i + "]";
            Entry entry = entries.get(i);
            if (check.required(field, entry)) {
                NewIpRange.checkWritable(check.at(field), entry.description(), entry.ipAddress(), entry.range());
            }
        }
    }

    /** The ranges; only after {@link #check} found nothing, or null when the list was set to null. */
    @Nullable List<NewIpRange> toRanges() {
        if (nullList) {
            return null;
        }
        List<NewIpRange> ranges = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            ranges.add(entry == null ? null : new NewIpRange(entry.description(), entry.ipAddress(), entry.range()));
        }
        return ranges;
    }

    /** Checks a list given to a request's constructor, whose ranges are already valid. */
    static void checkGiven(Check check, @Nullable List<NewIpRange> ranges, boolean atLeastOne) {
        if (ranges == null) {
            check.fail("ipRanges", "is required");
            return;
        }
        if (atLeastOne && ranges.isEmpty()) {
            check.fail("ipRanges", "must contain at least one IP range");
        }
        for (int i = 0; i < ranges.size(); i++) {
            check.required("ipRanges[" + i + "]", ranges.get(i));
        }
    }
}
