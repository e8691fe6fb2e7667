package dev.estsdk.workflows;

import dev.estsdk.api.model.AccessControlList;
import dev.estsdk.api.model.UpdateAccessControlListRequest;
import dev.estsdk.api.model.NewIpRange;
import dev.estsdk.api.model.CreateAccessControlListRequest;
import dev.estsdk.api.model.IpRange;
import dev.estsdk.api.model.RegisteredEndpoint;
import dev.estsdk.api.model.SipEndpoint;
import dev.estsdk.api.model.CreateSipTrunkRequest;
import dev.estsdk.api.model.SipTrunk;
import dev.estsdk.api.model.UpdateSipTrunkRequest;
import dev.estsdk.api.model.StaticEndpoint;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Compares what the server holds with what a plan wants, field by writable field, and
 * describes the differences as {@code field: old -> new}. Empty means nothing to write.
 */
final class Diffs {

    private Diffs() {
    }

    static List<String> trunk(SipTrunk existing, CreateSipTrunkRequest wanted) {
        return words(trunkFields(existing, wanted));
    }

    static List<FieldChange> trunkFields(SipTrunk existing, CreateSipTrunkRequest wanted) {
        List<FieldChange> diff = new ArrayList<>();
        field(diff, "name", existing.name(), wanted.name());
        field(diff, "enableCallerName", existing.enableCallerName(), wanted.enableCallerName());
        field(diff, "callForwardNumber", blankToNull(existing.callForwardNumber()),
                blankToNull(wanted.callForwardNumber()));
        field(diff, "enableCallForward", existing.enableCallForward(), wanted.enableCallForward());
        return diff;
    }

    /** The existing trunk with the plan's writable fields: the body of a full-replacement update. */
    static UpdateSipTrunkRequest mergeTrunk(SipTrunk existing, CreateSipTrunkRequest wanted) {
        return existing.toUpdate().name(wanted.name()).enableCallerName(wanted.enableCallerName())
                .callForwardNumber(wanted.callForwardNumber()).enableCallForward(wanted.enableCallForward()).build();
    }

    static List<String> acl(AccessControlList existing, CreateAccessControlListRequest wanted) {
        return words(aclFields(existing, wanted));
    }

    static List<FieldChange> aclFields(AccessControlList existing, CreateAccessControlListRequest wanted) {
        List<FieldChange> diff = new ArrayList<>();
        field(diff, "enabled", existing.enabled(), wanted.enabled());
        field(diff, "ipRanges", rangeKeys(existing.ipRanges()), newRangeKeys(wanted.ipRanges()));
        return diff;
    }

    /** The existing list with the plan's {@code enabled} and ranges: the body of a full-replacement update. */
    static UpdateAccessControlListRequest mergeAcl(AccessControlList existing, CreateAccessControlListRequest wanted) {
        return existing.toUpdate().enabled(wanted.enabled()).ipRanges(wanted.ipRanges()).build();
    }

    static List<String> endpoint(SipEndpoint existing, SipEndpoint wanted) {
        return words(endpointFields(existing, wanted));
    }

    static List<FieldChange> endpointFields(SipEndpoint existing, SipEndpoint wanted) {
        List<FieldChange> diff = new ArrayList<>();
        if (existing.getClass() != wanted.getClass()) {
            diff.add(new FieldChange("kind", kind(existing), kind(wanted)));
        }
        field(diff, "transport", existing.transport(), wanted.transport());
        field(diff, "priority", existing.priority(), wanted.priority());
        field(diff, "enabled", existing.enabled(), wanted.enabled());
        if (existing instanceof StaticEndpoint a && wanted instanceof StaticEndpoint b) {
            field(diff, "address", a.address(), b.address());
            field(diff, "port", a.port(), b.port());
        } else if (existing instanceof RegisteredEndpoint a && wanted instanceof RegisteredEndpoint b) {
            field(diff, "credentialUsername", a.credentialUsername(), b.credentialUsername());
        }
        return diff;
    }

    static String describe(SipEndpoint e) {
        String common = ", " + e.transport() + ", priority " + e.priority() + (e.enabled() ? "" : ", disabled");
        if (e instanceof StaticEndpoint s) {
            return "static " + s.address() + ":" + s.port() + common;
        }
        return "registered as " + ((RegisteredEndpoint) e).credentialUsername() + common;
    }

    static String describe(CreateAccessControlListRequest acl) {
        return "ip ranges " + newRangeKeys(acl.ipRanges());
    }

    private static String kind(SipEndpoint e) {
        return e instanceof StaticEndpoint ? "static" : "registered";
    }

    private static List<String> rangeKeys(Collection<IpRange> ranges) {
        return ranges.stream().map(r -> rangeKey(r.ipAddress(), r.range(), r.description())).sorted().toList();
    }

    private static List<String> newRangeKeys(Collection<NewIpRange> ranges) {
        return ranges.stream().map(r -> rangeKey(r.ipAddress(), r.range(), r.description())).sorted().toList();
    }

    private static String rangeKey(String ipAddress, int range, String description) {
        return ipAddress + "/" + range + (blankToNull(description) == null ? "" : " " + description);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The changes in words, {@code field: old -> new}. */
    static List<String> words(List<FieldChange> fields) {
        return fields.stream().map(FieldChange::toString).toList();
    }

    static void field(List<FieldChange> diff, String name, @Nullable Object existing, @Nullable Object wanted) {
        if (!Objects.equals(existing, wanted)) {
            diff.add(new FieldChange(name, existing == null ? null : String.valueOf(existing),
                    wanted == null ? null : String.valueOf(wanted)));
        }
    }
}
