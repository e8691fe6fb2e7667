package dev.estsdk.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.estsdk.testkit.ResourceCounts;
import dev.estsdk.testkit.internal.http.ApiException;
import dev.estsdk.testkit.internal.http.ApiRequest;
import dev.estsdk.testkit.internal.http.ApiResponse;
import dev.estsdk.testkit.internal.json.Json;
import dev.estsdk.testkit.internal.json.JsonViews;
import dev.estsdk.testkit.internal.model.AccessControlList;
import dev.estsdk.testkit.internal.model.CredentialList;
import dev.estsdk.testkit.internal.model.Endpoint;
import dev.estsdk.testkit.internal.model.OwnedNumber;
import dev.estsdk.testkit.internal.model.ProjectState;
import dev.estsdk.testkit.internal.model.Trunk;
import dev.estsdk.testkit.internal.sip.PropagationLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dashboard at {@code /_simulator/}: a page (plain HTML, CSS and JavaScript from the jar) and
 * the JSON it reads, {@code /_simulator/state} (each project's trunks as a tree, the clock),
 * {@code /_simulator/journal} (the newest requests, faults marked) and
 * {@code /_simulator/propagation} (changes still inside the propagation window, and until when).
 * Nothing it serves carries a secret: credentials show their username with the password masked,
 * the journal shows method, path, status and the authorization scheme, never a header value or a
 * body, and query values whose name speaks of a secret are masked.
 */
public final class Dashboard {

    /** What every masked value reads. */
    public static final String MASK = "***";
    /** Trunks listed per project unless {@code ?trunks=} says otherwise. */
    static final int DEFAULT_TRUNKS = 200;
    /** Journal entries returned unless {@code ?limit=} says otherwise. */
    static final int DEFAULT_JOURNAL = 100;
    /** Propagation changes listed per project. */
    static final int PENDING_SHOWN = 200;

    private static final String PREFIX = "/_simulator/";
    private static final Map<String, String> ASSETS = Map.of(
            "", "index.html", "index.html", "index.html", "dashboard.css", "dashboard.css",
            "dashboard.js", "dashboard.js");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|token|key|auth).*");

    private final SimulatorState sim;
    private final JournalStore journal;

    /**
     * @param sim the simulator
     * @param journal the request journal
     */
    public Dashboard(SimulatorState sim, JournalStore journal) {
        this.sim = sim;
        this.journal = journal;
    }

    /**
     * @param method the request method
     * @param path the request path, without the query
     * @return whether the dashboard reads it (such requests are not journaled: the page polls)
     */
    public static boolean isDashboardRead(String method, String path) {
        if (!method.equals("GET") || !path.startsWith(PREFIX)) {
            return false;
        }
        String rest = path.substring(PREFIX.length());
        return ASSETS.containsKey(rest) || rest.equals("state") || rest.equals("journal")
                || rest.equals("propagation");
    }

    /**
     * @param request a GET under {@code /_simulator/}
     * @return the answer, or null when the path is not the dashboard's
     */
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET") || !request.path().startsWith(PREFIX)) {
            return null;
        }
        String rest = request.path().substring(PREFIX.length());
        if (ASSETS.containsKey(rest)) {
            return asset(ASSETS.get(rest));
        }
        switch (rest) {
            case "state":
                return ApiResponse.json(200, state(number(request, "trunks", DEFAULT_TRUNKS)));
            case "journal":
                return ApiResponse.json(200, journal(number(request, "limit", DEFAULT_JOURNAL)));
            case "propagation":
                return ApiResponse.json(200, propagation());
            default:
                return null;
        }
    }

    private static int number(ApiRequest request, String name, int fallback) {
        String v = request.query().first(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1 || n > 10_000) {
                throw ApiException.badRequest(name + ": must be between 1 and 10000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": must be an integer");
        }
    }

    private static ApiResponse asset(String name) {
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        try (InputStream in = Dashboard.class.getResourceAsStream("/dev/estsdk/testkit/dashboard/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset missing from the jar: " + name);
            }
            return ApiResponse.bytes(200, type, in.readAllBytes()).withHeader("Cache-Control", "no-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode state(int trunkLimit) {
        ObjectNode out = Json.object();
        out.put("now", sim.clock().now().toString());
        out.put("propagationDelaySeconds", sim.settings().propagationDelay().toSeconds());
        out.put("mainProject", sim.settings().projectId());
        ArrayNode projects = out.putArray("projects");
        for (ProjectState p : sim.projects().stream().sorted(Comparator.comparing(ProjectState::projectId)).toList()) {
            ObjectNode project = sim.locked(p, s -> project(s, trunkLimit));
            projects.add(project);
        }
        return out;
    }

    private static ObjectNode project(ProjectState p, int trunkLimit) {
        ObjectNode o = Json.object();
        o.put("projectId", p.projectId());
        ResourceCounts c = p.tally();
        ObjectNode counts = o.putObject("counts");
        counts.put("trunks", c.trunks());
        counts.put("endpoints", c.endpoints());
        counts.put("accessControlLists", c.accessControlLists());
        counts.put("credentialLists", c.credentialLists());
        counts.put("ownedNumbers", p.numbers().size());
        counts.put("assignedNumbers", c.assignedNumbers());
        counts.put("callBlockingRules", c.callBlockingRules());
        ArrayNode trunks = o.putArray("trunks");
        for (Trunk t : p.trunks().values().stream().limit(trunkLimit).toList()) {
            trunks.add(trunk(p, t));
        }
        o.put("trunksShown", trunks.size());
        return o;
    }

    private static ObjectNode trunk(ProjectState p, Trunk t) {
        ObjectNode o = JsonViews.trunk(t);
        ArrayNode acls = o.putArray("accessControlLists");
        for (String id : p.aclLinks(t.id())) {
            acls.add(acl(p.acls().get(id)));
        }
        ArrayNode lists = o.putArray("credentialLists");
        for (String id : p.credentialListLinks(t.id())) {
            lists.add(credentialList(p.credentialLists().get(id)));
        }
        ArrayNode endpoints = o.putArray("endpoints");
        for (Endpoint e : p.endpointsOf(t.id()).stream().sorted(Comparator.comparingInt(Endpoint::priority)).toList()) {
            endpoints.add(JsonViews.endpoint(e));
        }
        ArrayNode numbers = o.putArray("phoneNumbers");
        p.numbersAssignedTo(t.id()).stream().map(OwnedNumber::phoneNumber).forEach(numbers::add);
        return o;
    }

    private static ObjectNode acl(AccessControlList a) {
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("enabled", a.enabled());
        ArrayNode ranges = o.putArray("ipRanges");
        for (var r : a.ipRanges()) {
            ranges.add(JsonViews.ipRange(r));
        }
        return o;
    }

    private static ObjectNode credentialList(CredentialList l) {
        ObjectNode o = Json.object();
        o.put("id", l.id());
        o.put("name", l.name());
        ArrayNode creds = o.putArray("credentials");
        for (var c : l.credentials()) {
            creds.add(Json.object().put("username", c.username()).put("password", MASK));
        }
        return o;
    }

    private ObjectNode journal(int limit) {
        ObjectNode out = Json.object();
        ArrayNode entries = out.putArray("requests");
        for (ServeEvent e : journal.newest(limit)) {
            entries.add(entry(e));
        }
        return out;
    }

    private ObjectNode entry(ServeEvent e) {
        LoggedRequest r = e.getRequest();
        ObjectNode o = Json.object();
        o.put("id", e.getId().toString());
        o.put("time", r.getLoggedDate() == null ? null : r.getLoggedDate().toInstant().toString());
        o.put("method", r.getMethod().getName());
        o.put("url", maskQuery(r.getUrl()));
        LoggedResponse response = e.getResponse();
        if (response != null && response.getStatus() > 0) {
            o.put("status", response.getStatus());
        } else if (e.getResponseDefinition() != null) {
            o.put("status", e.getResponseDefinition().getStatus());
        }
        String auth = r.getHeader("Authorization");
        o.put("auth", auth == null ? null : scheme(auth));
        o.put("fault", journal.fault(e.getId()));
        return o;
    }

    /**
     * @param authorization an {@code Authorization} header value
     * @return its scheme followed by the mask, e.g. {@code Basic ***}; never the credentials
     */
    public static String scheme(String authorization) {
        String s = authorization.trim();
        int space = s.indexOf(' ');
        String scheme = space < 0 ? "credentials" : s.substring(0, space);
        return scheme.replaceAll("[^A-Za-z0-9-]", "") + " " + MASK;
    }

    /**
     * Masks every query value whose name speaks of a secret (token, password, key, …).
     *
     * @param url a path with its query
     * @return the same with those values masked
     */
    public static String maskQuery(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.substring(0, q + 1));
        String[] pairs = url.substring(q + 1).split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            String pair = pairs[i];
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded;
            try {
                decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = name;
            }
            out.append(i == 0 ? "" : "&").append(eq >= 0 && SECRET_NAME.matcher(decoded).matches()
                    ? name + "=" + MASK : pair);
        }
        return out.toString();
    }

    private ObjectNode propagation() {
        Instant now = sim.clock().now();
        ObjectNode out = Json.object();
        out.put("now", now.toString());
        out.put("propagationDelaySeconds", sim.settings().propagationDelay().toSeconds());
        ArrayNode projects = out.putArray("projects");
        for (ProjectState p : sim.projects().stream().sorted(Comparator.comparing(ProjectState::projectId)).toList()) {
            Instant horizon = now.minus(sim.settings().propagationDelay());
            List<PropagationLog.Change> pending = p.pendingChanges().stream()
                    .filter(c -> c.madeAt().isAfter(horizon)).toList();
            ObjectNode po = Json.object();
            po.put("projectId", p.projectId());
            po.put("pendingChanges", pending.size());
            ArrayNode changes = po.putArray("changes");
            for (PropagationLog.Change c : pending.subList(Math.max(0, pending.size() - PENDING_SHOWN), pending.size())) {
                ObjectNode co = Json.object();
                co.put("madeAt", c.madeAt().toString());
                co.put("inForceAt", c.madeAt().plus(sim.settings().propagationDelay()).toString());
                ArrayNode keys = co.putArray("keys");
                for (PropagationLog.Delta d : c.deltas().stream().limit(20).toList()) {
                    keys.add(Json.object().put("kind", d.kind().name().toLowerCase(Locale.ROOT)).put("key", d.key())
                            .put("removed", d.value() == null));
                }
                co.put("keyCount", c.deltas().size());
                changes.add(co);
            }
            projects.add(po);
        }
        return out;
    }
}
