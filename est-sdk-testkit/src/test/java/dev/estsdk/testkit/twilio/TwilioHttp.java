package dev.estsdk.testkit.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal Twilio client for the simulator's own tests: the JDK HTTP client, form-encoded
 * writes, HTTP Basic with the Account SID and Auth Token unless told otherwise. Paths starting
 * with {@code /v1}, {@code /2010-04-01} or {@code /_simulator} are used as they are; a path
 * starting with {@code ./} is taken relative to the account's 2010 path.
 */
final class TwilioHttp {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer as a test sees it. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        int code() {
            return json().path("code").asInt();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final TwilioSimulator sim;
    private final String authorization;

    TwilioHttp(TwilioSimulator sim) {
        this(sim, basic(sim.accountSid(), sim.authToken()));
    }

    private TwilioHttp(TwilioSimulator sim, String authorization) {
        this.sim = sim;
        this.authorization = authorization;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    TwilioHttp withAuthorization(String value) {
        return new TwilioHttp(sim, value);
    }

    String url(String path) {
        String p = path.startsWith("./") ? "/2010-04-01/Accounts/" + sim.accountSid() + path.substring(1) : path;
        return p.startsWith("http") ? p : sim.baseUrl() + p;
    }

    /** Form pairs: name, value, name, value, … */
    static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply post(String path, String... pairs) {
        return post(path, form(pairs));
    }

    Reply post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST", path, body.toString(), "application/x-www-form-urlencoded");
    }

    Reply postRaw(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- shortcuts that create resources and return their SIDs

    String trunk(String domain) {
        Reply r = post("/v1/Trunks", "FriendlyName", "Trunk " + domain, "DomainName", domain);
        if (r.status() != 201) {
            throw new AssertionError("trunk create failed: " + r);
        }
        return r.json().path("sid").asText();
    }

    String acl(String name, String... cidrs) {
        Reply r = post("./SIP/IpAccessControlLists.json", "FriendlyName", name);
        if (r.status() != 201) {
            throw new AssertionError("ACL create failed: " + r);
        }
        String sid = r.json().path("sid").asText();
        for (String cidr : cidrs) {
            String[] parts = cidr.split("/");
            Reply ip = post("./SIP/IpAccessControlLists/" + sid + "/IpAddresses.json", "FriendlyName", cidr,
                    "IpAddress", parts[0], "CidrPrefixLength", parts.length > 1 ? parts[1] : "32");
            if (ip.status() != 201) {
                throw new AssertionError("IP create failed: " + ip);
            }
        }
        return sid;
    }

    String credentialList(String name, String username, String password) {
        Reply r = post("./SIP/CredentialLists.json", "FriendlyName", name);
        if (r.status() != 201) {
            throw new AssertionError("credential list create failed: " + r);
        }
        String sid = r.json().path("sid").asText();
        if (username != null) {
            Reply c = post("./SIP/CredentialLists/" + sid + "/Credentials.json", "Username", username, "Password", password);
            if (c.status() != 201) {
                throw new AssertionError("credential create failed: " + c);
            }
        }
        return sid;
    }

    String originationUrl(String trunkSid, String sipUrl, int priority, int weight, boolean enabled) {
        Reply r = post("/v1/Trunks/" + trunkSid + "/OriginationUrls", "FriendlyName", sipUrl, "SipUrl", sipUrl,
                "Priority", String.valueOf(priority), "Weight", String.valueOf(weight), "Enabled", String.valueOf(enabled));
        if (r.status() != 201) {
            throw new AssertionError("origination URL create failed: " + r);
        }
        return r.json().path("sid").asText();
    }
}
