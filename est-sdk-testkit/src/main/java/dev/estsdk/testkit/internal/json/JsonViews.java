package dev.estsdk.testkit.internal.json;

import static dev.estsdk.testkit.internal.json.Json.putTime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.BlockingRule;
import dev.estsdk.testkit.internal.model.CallRecord;
import dev.estsdk.testkit.internal.model.CountryPermission;
import dev.estsdk.testkit.internal.model.Credential;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.IpRange;
import dev.estsdk.testkit.internal.model.OwnedNumber;
import dev.estsdk.testkit.internal.model.Trunk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders stored resources as the service does: every documented field, {@code null} for unset
 * ones, lower-case {@code direction} on calls and blocking rules, numeric money amounts, call
 * times with a {@code +0000} offset, and never a password.
 */
public final class JsonViews {

    private static final DateTimeFormatter CALL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    private JsonViews() {
    }

    /**
     * @param t a trunk
     * @return its JSON
     */
    public static ObjectNode trunk(Trunk t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("name", t.name());
        o.put("hostName", t.hostName());
        o.put("topLevelDomain", t.topLevelDomain());
        o.put("domain", t.domain());
        o.put("callsPerSecond", t.callsPerSecond());
        o.put("enableCallerName", t.enableCallerName());
        o.put("callForwardNumber", t.callForwardNumber());
        o.put("enableCallForward", t.enableCallForward());
        putTime(o, "createTime", t.createTime());
        putTime(o, "updateTime", t.updateTime());
        o.put("projectId", t.projectId());
        return o;
    }

    /**
     * @param e an endpoint
     * @return its JSON (static: address and port; registered: isRegistered and credentialUsername)
     */
    public static ObjectNode endpoint(Endpoint e) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("sipTrunkId", e.trunkId());
        o.put("name", e.name());
        if (e.registered()) {
            o.put("isRegistered", true);
            o.put("credentialUsername", e.credentialUsername());
        } else {
            o.put("address", e.address());
            o.put("port", e.port());
        }
        o.put("transport", e.transport());
        o.put("priority", e.priority());
        o.put("enabled", e.enabled());
        putTime(o, "createTime", e.createTime());
        putTime(o, "updateTime", e.updateTime());
        o.put("projectId", e.projectId());
        return o;
    }

    /**
     * @param a an ACL
     * @param trunkIds ids of the trunks using it
     * @return its JSON
     */
    public static ObjectNode acl(AccessControlList a, List<String> trunkIds) {
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("enabled", a.enabled());
        ArrayNode ranges = o.putArray("ipRanges");
        a.ipRanges().forEach(r -> ranges.add(ipRange(r)));
        ArrayNode trunks = o.putArray("trunks");
        trunkIds.forEach(trunks::add);
        putTime(o, "createTime", a.createTime());
        putTime(o, "updateTime", a.updateTime());
        o.put("projectId", a.projectId());
        return o;
    }

    /**
     * @param r an IP range
     * @return its JSON
     */
    public static ObjectNode ipRange(IpRange r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.put("description", r.description());
        o.put("ipAddress", r.ipAddress());
        o.put("range", r.range());
        o.put("accessControlListId", r.accessControlListId());
        putTime(o, "createTime", r.createTime());
        putTime(o, "updateTime", r.updateTime());
        o.put("projectId", r.projectId());
        return o;
    }

    /**
     * @param c a credential list
     * @return its JSON, credentials as {@code {id, username}} only
     */
    public static ObjectNode credentialList(CredentialList c) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("name", c.name());
        ArrayNode creds = o.putArray("credentials");
        c.credentials().forEach(x -> creds.add(credential(x)));
        putTime(o, "createTime", c.createTime());
        putTime(o, "updateTime", c.updateTime());
        o.put("projectId", c.projectId());
        return o;
    }

    /**
     * @param c a credential
     * @return {@code {id, username}}; the password is never rendered
     */
    public static ObjectNode credential(Credential c) {
        return Json.object().put("id", c.id()).put("username", c.username());
    }

    /**
     * @param n a phone number
     * @return its JSON
     */
    public static ObjectNode phoneNumber(OwnedNumber n) {
        ObjectNode o = Json.object();
        o.put("id", n.id());
        o.put("phoneNumber", n.phoneNumber());
        o.put("sipTrunkId", n.sipTrunkId());
        o.put("countryCode", n.countryCode());
        putTime(o, "createTime", n.createTime());
        putTime(o, "updateTime", n.updateTime());
        return o;
    }

    /**
     * @param c a country permission
     * @return its JSON
     */
    public static ObjectNode country(CountryPermission c) {
        ObjectNode o = Json.object();
        o.put("isoCode", c.isoCode());
        o.put("name", c.name());
        o.put("continent", c.continent());
        ArrayNode codes = o.putArray("countryDialingCodes");
        c.countryDialingCodes().forEach(codes::add);
        o.put("enabled", c.enabled());
        return o;
    }

    /**
     * @param c a call record
     * @return its JSON
     */
    public static ObjectNode call(CallRecord c) {
        ObjectNode o = Json.object();
        o.put("callId", c.callId());
        o.put("to", c.to());
        o.put("from", c.from());
        o.put("direction", c.direction().toLowerCase(Locale.ROOT));
        putTime(o, "answerTime", c.answerTime());
        putTime(o, "endTime", c.endTime());
        o.put("durationSeconds", c.durationSeconds());
        o.put("billingDurationSeconds", c.billingDurationSeconds());
        o.put("callResult", c.callResult());
        o.set("pricePerMinute", money(c.pricePerMinute(), c.currencyCode()));
        o.set("price", money(c.price(), c.currencyCode()));
        o.put("createTime", callTime(c.createTime()));
        o.put("projectId", c.projectId());
        o.put("trunkId", c.trunkId());
        o.put("pcapId", c.pcapId());
        return o;
    }

    /**
     * @param time an instant
     * @return it formatted as call records carry it, e.g. {@code 2024-06-06T16:57:45+0000}
     */
    public static String callTime(Instant time) {
        return CALL_TIME.format(time);
    }

    private static ObjectNode money(BigDecimal amount, String currency) {
        return Json.object().put("amount", amount).put("currencyCode", currency);
    }

    /**
     * @param r a blocking rule
     * @return its JSON
     */
    public static ObjectNode blockingRule(BlockingRule r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.put("name", r.name());
        o.put("direction", r.direction().toLowerCase(Locale.ROOT));
        o.put("callerCountry", r.callerCountry());
        o.put("callerMatch", r.callerMatch());
        o.put("calleeCountry", r.calleeCountry());
        o.put("calleeMatch", r.calleeMatch());
        putTime(o, "createTime", r.createTime());
        putTime(o, "updateTime", r.updateTime());
        o.put("projectId", r.projectId());
        return o;
    }
}
