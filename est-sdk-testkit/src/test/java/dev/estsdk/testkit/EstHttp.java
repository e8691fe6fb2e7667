package dev.estsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal EST client for the simulator's own tests: the JDK HTTP client, JSON as text, Basic
 * auth with the simulator's key unless told otherwise. Paths starting with {@code /v1},
 * {@code /oauth2}, {@code /_simulator} or {@code /__admin} are used as they are; any other path
 * is taken relative to {@code /v1/projects/{projectId}}.
 */
final class EstHttp {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final EstSimulator sim;
    private final String authorization;

    EstHttp(EstSimulator sim) {
        this(sim, basic(sim.keyId(), sim.keySecret()));
    }

    private EstHttp(EstSimulator sim, String authorization) {
        this.sim = sim;
        this.authorization = authorization;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return a client sending this Authorization header value (null for none) */
    EstHttp withAuthorization(String value) {
        return new EstHttp(sim, value);
    }

    /** Single quotes stand for double quotes, to keep JSON in tests short. */
    static String j(String relaxed) {
        return relaxed.replace('\'', '"');
    }

    String url(String path) {
        boolean raw = path.startsWith("/v1") || path.startsWith("/oauth2") || path.startsWith("/_simulator")
                || path.startsWith("/__admin");
        return sim.baseUrl() + (raw ? "" : "/v1/projects/" + sim.projectId()) + path;
    }

    Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    Reply post(String path, String relaxedJson) {
        return send("POST", path, relaxedJson == null ? null : j(relaxedJson), json());
    }

    Reply put(String path, String relaxedJson) {
        return send("PUT", path, j(relaxedJson), json());
    }

    Reply delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", "application/json");
        if (authorization != null) {
            all.put("Authorization", authorization);
        }
        all.putAll(headers);
        all.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- fixtures: create a resource and return its id ----

    /** POSTs, expects 201 and returns the new id. */
    String created201(String path, String relaxedJson) {
        Reply r = post(path, relaxedJson);
        if (r.status() != 201) {
            throw new AssertionError("expected 201, got " + r);
        }
        return r.json().get("id").asText();
    }

    String trunk(String hostName) {
        return created(post("/trunks", "{'name':'Trunk " + hostName + "','hostName':'" + hostName + "'}"));
    }

    String acl(String ip, int range) {
        return created(post("/accessControlLists", "{'name':'ACL','enabled':true,'ipRanges':[{'ipAddress':'" + ip
                + "','range':" + range + "}]}"));
    }

    String credentialList(String username, String password) {
        return created(post("/credentialLists", "{'name':'Creds','credentials':[{'username':'" + username
                + "','password':'" + password + "'}]}"));
    }

    String staticEndpoint(String trunkId, String address) {
        return created(post("/trunks/" + trunkId + "/endpoints", "{'name':'pbx','address':'" + address
                + "','priority':1}"));
    }

    String registeredEndpoint(String trunkId, String username) {
        return created(post("/trunks/" + trunkId + "/endpoints", "{'name':'ua','isRegistered':true,"
                + "'credentialUsername':'" + username + "','priority':1}"));
    }

    void linkAcl(String trunkId, String aclId) {
        ok(post("/trunks/" + trunkId + "/accessControlLists", "{'accessControlListIds':['" + aclId + "']}"));
    }

    void linkCredentialList(String trunkId, String listId) {
        ok(post("/trunks/" + trunkId + "/credentialLists", "{'credentialListIds':['" + listId + "']}"));
    }

    void assign(String trunkId, String number) {
        ok(post("/phoneNumbers", "{'sipTrunkId':'" + trunkId + "','phoneNumber':'" + number + "'}"));
    }

    String token() {
        Reply r = send("POST", "/oauth2/token", "grant_type=client_credentials",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        ok(r);
        return r.json().get("access_token").asText();
    }

    private static String created(Reply r) {
        JsonNode body = ok(r).json();
        return body.get("id").asText();
    }

    private static Reply ok(Reply r) {
        if (r.status() >= 300) {
            throw new AssertionError("expected success, got " + r);
        }
        return r;
    }
}
