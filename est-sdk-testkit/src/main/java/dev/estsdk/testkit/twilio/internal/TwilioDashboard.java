package dev.estsdk.testkit.twilio.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.testkit.internal.Dashboard;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.twilio.internal.Records.AclRec;
import dev.estsdk.testkit.twilio.internal.Records.CredentialListRec;
import dev.estsdk.testkit.twilio.internal.Records.NumberRec;
import dev.estsdk.testkit.twilio.internal.Records.OriginationUrlRec;
import dev.estsdk.testkit.twilio.internal.Records.TrunkRec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Twilio simulator's dashboard at {@code /_simulator/}: one page from the jar and the JSON it
 * reads, {@code /_simulator/state} (trunks with their origination URLs and associated ACLs,
 * credential lists and numbers; the account-level lists and numbers; the clock) and
 * {@code /_simulator/journal} (the newest API requests). Nothing carries a secret: the Auth Token,
 * the API key secret and credential passwords read {@value Dashboard#MASK}, and the journal shows
 * method, path, status and the authorization scheme only.
 */
public final class TwilioDashboard {

    /** Journal entries returned. */
    static final int JOURNAL_SHOWN = 100;
    private static final String PAGE = "/dev/estsdk/testkit/dashboard/twilio.html";

    private final TwilioState state;
    private final Supplier<List<ServeEvent>> events;

    /**
     * @param state the account
     * @param events the request journal, newest first
     */
    public TwilioDashboard(TwilioState state, Supplier<List<ServeEvent>> events) {
        this.state = state;
        this.events = events;
    }

    /**
     * @param request a request under {@code /_simulator/}
     * @return the answer, or null when the path is not the dashboard's
     */
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            return null;
        }
        switch (request.path()) {
            case "/_simulator/":
            case "/_simulator/index.html":
                return page();
            case "/_simulator/state":
                return ApiResponse.json(200, state());
            case "/_simulator/journal":
                return ApiResponse.json(200, journal());
            default:
                return null;
        }
    }

    private static ApiResponse page() {
        try (InputStream in = TwilioDashboard.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("dashboard page missing from the jar: " + PAGE);
            }
            return ApiResponse.bytes(200, "text/html; charset=utf-8", in.readAllBytes())
                    .withHeader("Cache-Control", "no-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode state() {
        return state.locked(() -> {
            ObjectNode out = Json.object();
            out.put("carrier", "twilio");
            out.put("now", state.clock().now().toString());
            out.put("accountSid", state.settings().accountSid());
            out.put("authToken", Dashboard.MASK);
            out.put("apiKeySid", state.settings().apiKeySid());
            out.put("apiKeySecret", Dashboard.MASK);
            ArrayNode trunks = out.putArray("trunks");
            for (TrunkRec t : state.trunks.values()) {
                trunks.add(trunk(t));
            }
            ArrayNode acls = out.putArray("ipAccessControlLists");
            state.acls.values().forEach(a -> acls.add(acl(a)));
            ArrayNode lists = out.putArray("credentialLists");
            state.credentialLists.values().forEach(l -> lists.add(credentialList(l)));
            ArrayNode numbers = out.putArray("phoneNumbers");
            for (NumberRec n : state.numbers.values()) {
                numbers.add(Json.object().put("sid", n.sid).put("phoneNumber", n.phoneNumber).put("trunkSid", n.trunkSid));
            }
            return out;
        });
    }

    private ObjectNode trunk(TrunkRec t) {
        ObjectNode o = Json.object();
        o.put("sid", t.sid);
        o.put("friendlyName", t.friendlyName);
        o.put("domainName", t.domainName);
        o.put("secure", t.secure);
        o.put("disasterRecoveryUrl", t.disasterRecoveryUrl);
        ArrayNode urls = o.putArray("originationUrls");
        t.originationUrls.values().stream()
                .sorted(Comparator.comparingInt((OriginationUrlRec u) -> u.priority).thenComparing(u -> -u.weight))
                .forEach(u -> urls.add(Json.object().put("sid", u.sid).put("friendlyName", u.friendlyName)
                        .put("sipUrl", u.sipUrl).put("priority", u.priority).put("weight", u.weight)
                        .put("enabled", u.enabled)));
        ArrayNode acls = o.putArray("ipAccessControlLists");
        t.ipAccessControlLists.keySet().stream().map(state.acls::get).filter(a -> a != null).forEach(a -> acls.add(acl(a)));
        ArrayNode lists = o.putArray("credentialLists");
        t.credentialLists.keySet().stream().map(state.credentialLists::get).filter(l -> l != null)
                .forEach(l -> lists.add(credentialList(l)));
        ArrayNode numbers = o.putArray("phoneNumbers");
        state.numbersOf(t.sid).forEach(n -> numbers.add(n.phoneNumber));
        return o;
    }

    private static ObjectNode acl(AclRec a) {
        ObjectNode o = Json.object().put("sid", a.sid).put("friendlyName", a.friendlyName);
        ArrayNode addresses = o.putArray("ipAddresses");
        a.addresses.values().forEach(ip -> addresses.add(ip.ipAddress + "/" + ip.cidrPrefixLength));
        return o;
    }

    private static ObjectNode credentialList(CredentialListRec l) {
        ObjectNode o = Json.object().put("sid", l.sid).put("friendlyName", l.friendlyName);
        ArrayNode creds = o.putArray("credentials");
        l.credentials.values().forEach(c -> creds.add(Json.object().put("username", c.username)
                .put("password", Dashboard.MASK)));
        return o;
    }

    private ObjectNode journal() {
        ObjectNode out = Json.object();
        ArrayNode entries = out.putArray("requests");
        events.get().stream().filter(e -> !e.getRequest().getUrl().startsWith("/_simulator/"))
                .limit(JOURNAL_SHOWN).forEach(e -> entries.add(entry(e)));
        return out;
    }

    private static ObjectNode entry(ServeEvent e) {
        LoggedRequest r = e.getRequest();
        ObjectNode o = Json.object();
        o.put("id", e.getId().toString());
        o.put("time", r.getLoggedDate() == null ? null : r.getLoggedDate().toInstant().toString());
        o.put("method", r.getMethod().getName());
        o.put("url", Dashboard.maskQuery(r.getUrl()));
        LoggedResponse response = e.getResponse();
        if (response != null && response.getStatus() > 0) {
            o.put("status", response.getStatus());
        } else if (e.getResponseDefinition() != null) {
            o.put("status", e.getResponseDefinition().getStatus());
        }
        String auth = r.getHeader("Authorization");
        o.put("auth", auth == null ? null : Dashboard.scheme(auth));
        return o;
    }
}
